package vn.dondoc.app.tasks;

/**
 * One agency's assignments in a period (DOMAIN.md "Agency colour"): the open state today, and what was judged in
 * the period — done on time and late (completed in it), and overdue at its end (the end, or today if earlier:
 * open past the deadline then, whether finished since or not).
 */
public record AgencyFigures(long agencyId, long total, long open, long overdue, long longOverdue, long atRisk,
                            long doneOnTime, long doneLate, long overdueAtEnd) {

    /** Done on time ÷ (done + overdue) in the period; null when nothing was judged. */
    public Double onTimeRate() {
        long judged = doneOnTime + doneLate + overdueAtEnd;
        return judged == 0 ? null : (double) doneOnTime / judged;
    }
}
