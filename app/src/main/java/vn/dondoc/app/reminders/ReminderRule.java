package vn.dondoc.app.reminders;

/** The reminder rules of the policy; each event of a rule is sent once (table {@code reminder_sent}). */
public enum ReminderRule {
    /** N days before the deadline in force, to the agency. */
    BEFORE_DEADLINE,
    /** On the day of the deadline, to the agency. */
    ON_THE_DAY,
    /** Digest of the agency's overdue work, daily or weekly. */
    OVERDUE_DIGEST,
    /** Overdue for X days: the secretariat is told. */
    ESCALATE_SECRETARIAT,
    /** Overdue for Y days: the leaders are told. */
    ESCALATE_LEADER,
    /** No deadline and nothing reported for some months: the agency and the secretariat are told. */
    SILENT,
    /** Awaiting the secretariat's confirmation for more than N days: the secretariat is reminded. */
    AWAITING_CONFIRMATION,
    /**
     * Rated amber or red by the agency and not yet overdue ("có nguy cơ chậm"): the secretariat is told, once per
     * rating (a later report's rating is a new event); a section of its own in the digest.
     */
    AT_RISK
}
