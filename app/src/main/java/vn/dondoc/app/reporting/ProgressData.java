package vn.dondoc.app.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.tasks.Timeliness;

/**
 * Everything the progress report shows apart from the tracking table, read once and rendered in each format.
 *
 * @param today      the day timeliness is judged on (the day the report is made)
 * @param all        counts per timeliness of every assignment in scope (equal to {@code GET /api/v1/tasks})
 * @param inPeriod   the same for assignments whose deadline falls in the period
 *                   ({@code GET /api/v1/tasks?deadline_from=…&deadline_to=…})
 * @param overdue    open overdue assignments, most overdue first (at most {@link #LIST_LIMIT})
 * @param dueNext    open assignments with a deadline in the next period of the same length
 * @param atRisk     "có nguy cơ chậm": open, not yet overdue, latest rating amber or red; red first (at most
 *                   {@link #LIST_LIMIT})
 * @param atRiskRed  how many of {@code atRiskTotal} are rated red
 */
record ProgressData(LocalDate from, LocalDate to, LocalDate today, String scopeLabel, Map<Timeliness, Long> all,
                    Map<Timeliness, Long> inPeriod, List<AgencyLine> agencies, List<Line> overdue, long overdueTotal,
                    List<Line> dueNext, long dueNextTotal, LocalDate nextFrom, LocalDate nextTo,
                    List<FollowUp> followUps, List<RiskLine> atRisk, long atRiskTotal, long atRiskRed) {

    /** Lists in DOCX/PDF stop here (the XLSX has every row). */
    static final int LIST_LIMIT = 300;

    /** Figures of one agency, by reporting bucket. */
    record AgencyLine(long agencyId, String name, long total, long doneOnTime, long doneLate, long openOnTime,
                      long openOverdue, long standing, long notJudged) {
    }

    /** One assignment in a list. */
    record Line(String source, String ref, String content, String agency, String role, LocalDate deadline,
                long daysOverdue, int percent, String latestReport, LocalDate latestReportOn) {
    }

    /**
     * One assignment at risk: the agency's latest rating, its reason and the day it was given.
     *
     * @param standing a "thường xuyên" task (no deadline to miss, but the agency says it is behind)
     */
    record RiskLine(String source, String ref, String content, String agency, String role, LocalDate deadline,
                    boolean standing, int percent, Confidence confidence, String note, LocalDate ratedOn) {
    }

    /** Something to raise at the next meeting, with whom. */
    record FollowUp(String agency, String text) {
    }

    static long sum(Map<Timeliness, Long> counts, Timeliness... buckets) {
        long n = 0;
        for (Timeliness b : buckets) {
            n += counts.getOrDefault(b, 0L);
        }
        return n;
    }

    static long total(Map<Timeliness, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
