package vn.dondoc.app.tasks;

/**
 * "Có nguy cơ chậm" (DOMAIN.md) as a SQL condition over {@code a} (assignment) with parameter {@code :today}: open
 * (assigned, in progress, awaiting confirmation), not yet overdue (standing, no deadline, or the deadline in force
 * is today or later) and the latest rating amber or red. The one definition for the report, the reminders and the
 * dashboard.
 */
public final class AtRiskSql {

    private AtRiskSql() {
    }

    public static String condition() {
        return "(a.confidence in ('AMBER', 'RED') and a.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')"
                + " and (a.standing or a.deadline is null or a.deadline >= :today))";
    }
}
