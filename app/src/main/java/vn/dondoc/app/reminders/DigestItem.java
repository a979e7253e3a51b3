package vn.dondoc.app.reminders;

import java.time.LocalDate;
import vn.dondoc.app.tasks.Confidence;

/**
 * One line of a reminder digest: an assignment and why it is mentioned.
 *
 * @param days           days left (before the deadline) or days overdue, depending on the rule
 * @param since          the date the rule counts from (last report, awaiting confirmation since, rated on), or null
 * @param confidence     for {@link ReminderRule#AT_RISK}: the agency's rating, else null
 * @param confidenceNote the agency's reason for it
 */
public record DigestItem(ReminderRule rule, long assignmentId, long taskId, String ref, String content, long agencyId,
                         String agencyName, LocalDate deadline, long days, LocalDate since, Confidence confidence,
                         String confidenceNote) {

    /** An item without a rating (every rule but {@link ReminderRule#AT_RISK}). */
    public DigestItem(ReminderRule rule, long assignmentId, long taskId, String ref, String content, long agencyId,
                      String agencyName, LocalDate deadline, long days, LocalDate since) {
        this(rule, assignmentId, taskId, ref, content, agencyId, agencyName, deadline, days, since, null, null);
    }

    /** Listed in the digest's section of work at risk. */
    boolean atRisk() {
        return rule == ReminderRule.AT_RISK;
    }
}
