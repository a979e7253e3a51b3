package vn.dondoc.app.reporting;

/**
 * One agency's scorecard line for a period.
 *
 * @param assigned          assignments given to the agency in the period
 * @param due               assignments (not declined, suspended or cancelled) whose deadline falls in the period
 * @param doneOnTime        completed in the period on or before the deadline
 * @param doneLate          completed in the period after the deadline
 * @param openOverdue       still open and overdue today, with a deadline on or before the period's end
 * @param extensionsAsked   extension requests made in the period
 * @param extensionsGranted of those, approved
 * @param periodicOnTime    periods of recurring tasks due in the period and reported by their due date
 * @param periodicLate      such periods reported after their due date
 * @param periodicMissed    such periods past their due date and not reported
 * @param onTimeRate        (doneOnTime + periodicOnTime) / everything judged ({@link #judged()}); null when nothing
 *                          was judged
 * @param good              {@code onTimeRate ≥ 80 %}: "hoàn thành tốt" under Decree 90/2020
 * @param rank              1 = best on-time rate (ties share a rank); 0 when nothing was judged
 */
public record AgencyScore(int rank, long agencyId, String agencyName, long assigned, long due, long doneOnTime,
                          long doneLate, long openOverdue, long extensionsAsked, long extensionsGranted,
                          long periodicOnTime, long periodicLate, long periodicMissed, Double onTimeRate,
                          boolean good) {

    /** Decree 90/2020: "hoàn thành tốt" needs at least this share of tasks on schedule. */
    public static final double GOOD_THRESHOLD = 0.8;

    public long judged() {
        return doneOnTime + doneLate + openOverdue + periodicOnTime + periodicLate + periodicMissed;
    }

    /** The Decree 90/2020 mark as written in the report. */
    public String mark() {
        if (onTimeRate == null) {
            return "Chưa có nhiệm vụ đến hạn";
        }
        return good ? "Hoàn thành tốt" : "Chưa đạt (dưới 80%)";
    }
}
