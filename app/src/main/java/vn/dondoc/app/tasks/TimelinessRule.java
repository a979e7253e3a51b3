package vn.dondoc.app.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Computes timeliness (DOMAIN.md): open work is on time, due soon (at most {@code dueSoonDays} left),
 * overdue, without deadline or standing; finished work is done on time (on or before the deadline) or
 * late. Declined, suspended and cancelled work is not judged.
 *
 * @param dueSoonDays N of "sắp đến hạn", default 3
 */
public record TimelinessRule(int dueSoonDays) {

    public static final TimelinessRule DEFAULT = new TimelinessRule(3);
    /** An overdue assignment is flagged when it is more than this many days late. */
    public static final int LONG_OVERDUE_DAYS = 30;
    /** A no-deadline assignment is flagged when nothing was reported for this many months. */
    public static final int SILENT_MONTHS = 3;

    public TimelinessRule {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must be >= 0");
        }
    }

    /**
     * @param deadline    deadline in force (after approved extensions), or null
     * @param standing    a "thường xuyên" task
     * @param completedOn the day completion was reported, for DONE
     */
    public Timeliness of(AssignmentStatus status, LocalDate deadline, boolean standing, LocalDate completedOn,
                         LocalDate today) {
        if (status == AssignmentStatus.DONE) {
            if (deadline == null) {
                return standing ? Timeliness.STANDING : Timeliness.DONE_ON_TIME;
            }
            LocalDate done = completedOn == null ? today : completedOn;
            return done.isAfter(deadline) ? Timeliness.DONE_LATE : Timeliness.DONE_ON_TIME;
        }
        if (!status.open()) {
            return Timeliness.NOT_APPLICABLE;
        }
        if (standing) {
            return Timeliness.STANDING;
        }
        if (deadline == null) {
            return Timeliness.NO_DEADLINE;
        }
        if (today.isAfter(deadline)) {
            return Timeliness.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, deadline) <= dueSoonDays ? Timeliness.DUE_SOON : Timeliness.ON_TIME;
    }

    /** Days past the deadline for open work (0 when not overdue). */
    public long daysOverdue(AssignmentStatus status, LocalDate deadline, LocalDate today) {
        if (!status.open() || deadline == null || !today.isAfter(deadline)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(deadline, today);
    }

    /** Overdue by more than {@value #LONG_OVERDUE_DAYS} days. */
    public boolean longOverdue(AssignmentStatus status, LocalDate deadline, LocalDate today) {
        return daysOverdue(status, deadline, today) > LONG_OVERDUE_DAYS;
    }

    /** Open, without deadline, and no report since {@value #SILENT_MONTHS} months (counted from assignment). */
    public boolean silent(AssignmentStatus status, LocalDate deadline, LocalDate lastReportOrAssigned, LocalDate today) {
        return status.open() && deadline == null && lastReportOrAssigned != null
                && !lastReportOrAssigned.plusMonths(SILENT_MONTHS).isAfter(today);
    }
}
