package vn.dondoc.app.tasks;

import java.time.LocalDate;

/** One line of an inbox section: an assignment, why it is there ({@code note}), and its timeliness today. */
public record InboxItem(long assignmentId, long taskId, String ref, String content, String agencyName,
                        AssignmentRole role, AssignmentStatus status, LocalDate deadline, Timeliness timeliness,
                        String note) {
}
