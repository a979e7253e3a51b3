package vn.dondoc.app.tasks;

import java.time.LocalDate;

/**
 * One assignment as exports write it: the task with all its lead and supporting agencies, the agency of
 * this row and its role, and the timeliness computed by the same SQL as the list.
 *
 * @param source          notice number, or the source of an imported task
 * @param leadAgencies    names of the task's lead agencies, "; "-separated
 * @param supportAgencies names of the task's supporting agencies, "; "-separated
 * @param lastReportOn    day of the latest progress report (Asia/Ho_Chi_Minh), or null
 */
public record TaskExportRow(long assignmentId, long taskId, String source, String ref, String content,
                            String leadAgencies, String supportAgencies, String agencyName, AssignmentRole role,
                            LocalDate deadline, String deadlineText, String recurrence, AssignmentStatus status,
                            Timeliness timeliness, int progressPercent, LocalDate lastReportOn) {
}
