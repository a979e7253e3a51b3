package vn.dondoc.app.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * A reminder the policy calls for today, not yet known to be sent. {@code key} is unique per rule, assignment (or
 * agency) and deadline in force / occurrence; {@code reminder_sent} keeps the keys already sent.
 */
record ReminderEvent(String key, ReminderRule rule, Long assignmentId, long agencyId, LocalDate occurrence,
                     Audience audience, List<DigestItem> items) {

    /** Who is told. */
    enum Audience { AGENCY, SECRETARIAT, LEADER, AGENCY_AND_SECRETARIAT }
}
