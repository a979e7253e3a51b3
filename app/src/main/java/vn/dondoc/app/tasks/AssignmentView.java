package vn.dondoc.app.tasks;

import java.time.LocalDate;

/**
 * One assignment as lists and the API show it, with its timeliness computed for today.
 *
 * @param source     the notice number, or for an imported task the source written in the file
 * @param confidence the latest confidence rating reported, or null
 * @param lastReportAt when the agency last reported, or null
 */
public record AssignmentView(long id, long taskId, Long noticeId, String ref, String content, long agencyId,
                             String agencyName, AssignmentRole role, AssignmentStatus status, LocalDate deadline,
                             String deadlineText, String recurrence, boolean standing, int progressPercent,
                             LocalDate completedOn, Timeliness timeliness, long daysOverdue, int version,
                             String source, Confidence confidence, java.time.Instant lastReportAt) {

    /** Without a source. */
    public AssignmentView(long id, long taskId, Long noticeId, String ref, String content, long agencyId,
                          String agencyName, AssignmentRole role, AssignmentStatus status, LocalDate deadline,
                          String deadlineText, String recurrence, boolean standing, int progressPercent,
                          LocalDate completedOn, Timeliness timeliness, long daysOverdue, int version) {
        this(id, taskId, noticeId, ref, content, agencyId, agencyName, role, status, deadline, deadlineText, recurrence,
                standing, progressPercent, completedOn, timeliness, daysOverdue, version, null, null, null);
    }
}
