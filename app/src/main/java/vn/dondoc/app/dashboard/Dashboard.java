package vn.dondoc.app.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the home page shows, as {@code GET /api/v1/dashboard} returns it. Every count has the
 * {@code GET /api/v1/tasks} query string that lists exactly those assignments.
 */
public record Dashboard(String scope, @JsonProperty("scope_label") String scopeLabel, String period, LocalDate from,
                        LocalDate to, LocalDate today, List<Bucket> buckets, List<AgencyRow> agencies,
                        List<TrendPoint> trend, List<NoticeRow> notices,
                        @JsonProperty("overdue_top") List<OverdueRow> overdueTop,
                        @JsonProperty("rag_rule") RagText ragRule) {

    /** A reporting bucket: key, Vietnamese label, count and the task-list query that reproduces it. */
    public record Bucket(String key, String label, long count, String query) {
    }

    /** An agency's colour and figures (see {@link RagRule} and {@link vn.dondoc.app.tasks.AgencyFigures}). */
    public record AgencyRow(long id, String name, String kind, @JsonProperty("kind_label") String kindLabel,
                            RagRule.Rag rag, @JsonProperty("on_time_rate") Double onTimeRate, long overdue,
                            @JsonProperty("long_overdue") long longOverdue, @JsonProperty("at_risk") long atRisk,
                            long total, long open, @JsonProperty("done_on_time") long doneOnTime,
                            @JsonProperty("done_late") long doneLate,
                            @JsonProperty("overdue_in_period") long overdueInPeriod) {
    }

    /** On-time rate of one two-week period (null when nothing was judged in it). */
    public record TrendPoint(@JsonProperty("period_start") LocalDate periodStart,
                             @JsonProperty("period_end") LocalDate periodEnd,
                             @JsonProperty("on_time_rate") Double onTimeRate,
                             @JsonProperty("done_on_time") long doneOnTime, long done, long overdue) {
    }

    /** An issued notice's progress in scope. */
    public record NoticeRow(long id, String number, long total, long done, long overdue,
                            @JsonProperty("at_risk") long atRisk, String query) {
    }

    /** One of the most overdue assignments, with who to call about it. */
    public record OverdueRow(@JsonProperty("assignment_id") long assignmentId, @JsonProperty("task_id") long taskId,
                             String source, String ref, String content, @JsonProperty("agency_id") long agencyId,
                             String agency, LocalDate deadline, @JsonProperty("days_overdue") long daysOverdue,
                             @JsonProperty("progress_percent") int progressPercent,
                             @JsonProperty("last_report_on") LocalDate lastReportOn,
                             @JsonProperty("last_reminder_on") LocalDate lastReminderOn, String head) {
    }

    /** The colour rule in force, as the page writes it. */
    public record RagText(@JsonProperty("red_overdue_days") int redOverdueDays,
                          @JsonProperty("red_rate_percent") int redRatePercent, String text) {
    }
}
