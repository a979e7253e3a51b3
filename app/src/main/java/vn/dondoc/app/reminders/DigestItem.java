package vn.dondoc.app.reminders;

import java.time.LocalDate;

/**
 * One line of a reminder digest: an assignment and why it is mentioned.
 *
 * @param days  days left (before the deadline) or days overdue, depending on the rule
 * @param since the date the rule counts from (last report, awaiting confirmation since), or null
 */
public record DigestItem(ReminderRule rule, long assignmentId, long taskId, String ref, String content, long agencyId,
                         String agencyName, LocalDate deadline, long days, LocalDate since) {
}
