package vn.dondoc.app.tasks;

import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.app.shared.VnDates;

/**
 * One reporting period of a recurring assignment: it starts on {@code periodStart}, is due on {@code dueOn} and is
 * fulfilled by the first report sent once the period has started ({@code reportedAt}, {@code reportEventId}).
 */
public record Occurrence(long id, long assignmentId, int seq, LocalDate periodStart, LocalDate dueOn,
                         Instant reportedAt, Long reportEventId, Judgement judgement) {

    /** How an occurrence stands: reported on time or late, overdue without a report, or not yet due. */
    public enum Judgement {
        ON_TIME, LATE, OVERDUE, UPCOMING;

        /** The judgement on {@code today} of an occurrence due on {@code dueOn} and reported at {@code reportedAt}. */
        public static Judgement of(LocalDate dueOn, Instant reportedAt, LocalDate today) {
            if (reportedAt != null) {
                return reportedOn(reportedAt).isAfter(dueOn) ? LATE : ON_TIME;
            }
            return dueOn.isBefore(today) ? OVERDUE : UPCOMING;
        }
    }

    /** The day (Vietnam time) of the report, or null. */
    public LocalDate reportedOn() {
        return reportedAt == null ? null : reportedOn(reportedAt);
    }

    private static LocalDate reportedOn(Instant at) {
        return LocalDate.ofInstant(at, VnDates.ZONE);
    }
}
