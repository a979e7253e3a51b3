package vn.dondoc.app.tasks;

import java.time.LocalDate;

/** The on-time figures of one period (the dashboard's trend): same rule as {@link AgencyFigures#onTimeRate()}. */
public record PeriodFigures(LocalDate start, LocalDate end, long doneOnTime, long done, long overdueAtEnd) {

    public Double onTimeRate() {
        long judged = done + overdueAtEnd;
        return judged == 0 ? null : (double) doneOnTime / judged;
    }
}
