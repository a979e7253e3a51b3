package vn.dondoc.app.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.tasks.TimelinessRule;

/**
 * The progress report's detail figures in SQL over the tasks module's read model ({@code assignment_facts}, judged
 * by its {@code timeliness_of}: the rule is never written twice) and scoped exactly like the task list
 * (an agency's assignments, a notice's tasks), so they add up to the list's counts.
 */
@Repository
class ProgressQueries {

    /** The tasks module's read model: one row per assignment with its task's fields, judged on :today. */
    private static final String ASSIGNMENTS = " from assignment_facts(:today, :dueSoon) a";

    private final JdbcClient jdbc;
    private final vn.dondoc.app.tasks.TaskService tasks;

    ProgressQueries(JdbcClient jdbc, vn.dondoc.app.tasks.TaskService tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    private static Map<String, Object> params(ReportScope scope, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("today", Date.valueOf(today));
        p.put("dueSoon", TimelinessRule.DEFAULT.dueSoonDays());
        if (scope.agencyId() != null) {
            p.put("agency", scope.agencyId());
        }
        if (scope.noticeId() != null) {
            p.put("notice", scope.noticeId());
        }
        return p;
    }

    /** {@code where} of the scope over {@code a} (the read model's assignment rows). */
    private static String where(ReportScope scope) {
        List<String> c = new ArrayList<>();
        c.add("true");
        if (scope.agencyId() != null) {
            c.add("a.agency_id = :agency");
        }
        if (scope.noticeId() != null) {
            c.add("a.notice_id = :notice");
        }
        return " where " + String.join(" and ", c);
    }

    private static String timeliness() {
        return "a.timeliness";
    }

    Optional<String> noticeLabel(long id) {
        return tasks.noticeLabel(id);
    }

    /** Per agency by bucket, agencies with the most overdue work first. */
    List<ProgressData.AgencyLine> agencies(ReportScope scope, LocalDate today) {
        String sql = "with x as (select a.agency_id, " + timeliness() + " as tl" + ASSIGNMENTS + where(scope) + ")" + """
                select g.id, g.name, count(*) as total,
                       count(*) filter (where tl = 'DONE_ON_TIME') as done_on_time,
                       count(*) filter (where tl = 'DONE_LATE') as done_late,
                       count(*) filter (where tl in ('ON_TIME', 'DUE_SOON', 'NO_DEADLINE')) as open_on_time,
                       count(*) filter (where tl = 'OVERDUE') as open_overdue,
                       count(*) filter (where tl = 'STANDING') as standing,
                       count(*) filter (where tl = 'NOT_APPLICABLE') as not_judged
                  from x join agency g on g.id = x.agency_id
                 group by g.id, g.name
                 order by open_overdue desc, g.name_folded""";
        return jdbc.sql(sql).params(params(scope, today)).query((rs, i) -> new ProgressData.AgencyLine(rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8), rs.getLong(9))).list();
    }

    private static final String LINE_SELECT = "select a.source, a.ref, a.content, g.name as agency, a.role, a.deadline,"
            + " a.progress_percent, a.latest_report_text as latest, a.latest_report_on as latest_on" + ASSIGNMENTS
            + " join agency g on g.id = a.agency_id ";

    /** Open overdue assignments, most overdue first. */
    List<ProgressData.Line> overdue(ReportScope scope, LocalDate today, int limit) {
        Map<String, Object> p = params(scope, today);
        p.put("limit", limit);
        return jdbc.sql(LINE_SELECT + where(scope) + " and " + timeliness() + " = 'OVERDUE'"
                        + " order by a.deadline, g.name_folded, a.id limit :limit")
                .params(p).query((rs, i) -> line(rs, today)).list();
    }

    long overdueCount(ReportScope scope, LocalDate today) {
        return jdbc.sql("select count(*)" + ASSIGNMENTS + where(scope) + " and "
                + timeliness() + " = 'OVERDUE'").params(params(scope, today)).query(Long.class).single();
    }

    private static final String FACTS = " from assignment_facts(:today, :dueSoon) f";

    /** {@code where} of the scope's assignments at risk in the tasks module's read model ({@code f}). */
    private static String atRiskWhere(ReportScope scope) {
        return " where f.at_risk" + (scope.agencyId() != null ? " and f.agency_id = :agency" : "")
                + (scope.noticeId() != null ? " and f.notice_id = :notice" : "");
    }

    /**
     * "Có nguy cơ chậm": open assignments not yet overdue whose latest rating is amber or red (the read model's
     * {@code at_risk}, the dashboard's definition), red first, then by deadline.
     */
    List<ProgressData.RiskLine> atRisk(ReportScope scope, LocalDate today, int limit) {
        Map<String, Object> p = params(scope, today);
        p.put("limit", limit);
        String sql = "select f.source, f.ref, f.content, g.name as agency, f.role, f.deadline, f.standing,"
                + " f.progress_percent, f.confidence, f.confidence_note,"
                + " (f.confidence_at at time zone 'Asia/Ho_Chi_Minh')::date as rated_on"
                + FACTS + " join agency g on g.id = f.agency_id" + atRiskWhere(scope)
                + " order by case f.confidence when 'RED' then 0 else 1 end, f.deadline nulls last, g.name_folded, f.id"
                + " limit :limit";
        return jdbc.sql(sql).params(p).query((rs, i) -> new ProgressData.RiskLine(rs.getString("source"),
                rs.getString("ref"), rs.getString("content"), rs.getString("agency"),
                vn.dondoc.app.tasks.AssignmentRole.valueOf(rs.getString("role")).label(), date(rs, "deadline"),
                rs.getBoolean("standing"), rs.getInt("progress_percent"), Confidence.valueOf(rs.getString("confidence")),
                rs.getString("confidence_note"), date(rs, "rated_on"))).list();
    }

    /** How many assignments are at risk: {total, rated red}. */
    long[] atRiskCounts(ReportScope scope, LocalDate today) {
        return jdbc.sql("select count(*), count(*) filter (where f.confidence = 'RED')" + FACTS + atRiskWhere(scope))
                .params(params(scope, today)).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Open assignments whose deadline falls in [from, to]. */
    List<ProgressData.Line> due(ReportScope scope, LocalDate today, LocalDate from, LocalDate to, int limit) {
        Map<String, Object> p = params(scope, today);
        p.put("from", Date.valueOf(from));
        p.put("to", Date.valueOf(to));
        p.put("limit", limit);
        return jdbc.sql(LINE_SELECT + where(scope) + " and a.deadline between :from and :to"
                        + " and a.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')"
                        + " order by a.deadline, g.name_folded, a.id limit :limit")
                .params(p).query((rs, i) -> line(rs, today)).list();
    }

    long dueCount(ReportScope scope, LocalDate today, LocalDate from, LocalDate to) {
        Map<String, Object> p = params(scope, today);
        p.put("from", Date.valueOf(from));
        p.put("to", Date.valueOf(to));
        return jdbc.sql("select count(*)" + ASSIGNMENTS + where(scope)
                        + " and a.deadline between :from and :to"
                        + " and a.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')")
                .params(p).query(Long.class).single();
    }

    /**
     * Per agency: open work overdue more than 30 days, pending extension requests, completions awaiting confirmation,
     * work not yet overdue the agency itself rates red.
     */
    List<Map<String, Object>> followUpFigures(ReportScope scope, LocalDate today) {
        String sql = "select g.name as agency,"
                + " count(*) filter (where " + timeliness() + " = 'OVERDUE' and :today - a.deadline > "
                + TimelinessRule.LONG_OVERDUE_DAYS + ") as long_overdue,"
                + " max(case when " + timeliness() + " = 'OVERDUE' then :today - a.deadline end) as max_days,"
                + " count(*) filter (where a.status = 'AWAITING_CONFIRMATION') as awaiting,"
                + " count(*) filter (where a.confidence = 'RED' and exists (select 1 from assignment_facts(:today, :dueSoon) f"
                + " where f.id = a.id and f.at_risk)) as red_risk,"
                + " count(*) filter (where a.pending_extension) as pending_ext"
                + ASSIGNMENTS + " join agency g on g.id = a.agency_id" + where(scope)
                + " group by g.id, g.name, g.name_folded order by long_overdue desc, g.name_folded";
        return jdbc.sql(sql).params(params(scope, today)).query().listOfRows();
    }

    /** One row of the tracking table (XLSX). */
    record TrackingRow(String source, LocalDate issued, String ref, String content, String leads, String supports,
                       String agency, String role, LocalDate deadline, LocalDate originalDeadline, String deadlineText,
                       String status, String timeliness, int percent, String latest, LocalDate latestOn,
                       LocalDate completedOn, String confidence, String confidenceNote, LocalDate ratedOn) {
    }

    /** Every assignment in scope, by notice and item, streamed to {@code sink}; returns the number of rows. */
    long tracking(ReportScope scope, LocalDate today, Consumer<TrackingRow> sink) {
        String sql = "with r0 as materialized (select a.id, a.task_id" + ASSIGNMENTS + where(scope) + "), " + """
                ag as (select a2.task_id,
                              string_agg(g2.name, '; ' order by g2.name_folded) filter (where a2.role = 'LEAD') as leads,
                              string_agg(g2.name, '; ' order by g2.name_folded) filter (where a2.role = 'SUPPORT') as supports
                         from assignment_facts(:today, :dueSoon) a2 join agency g2 on g2.id = a2.agency_id
                        where a2.task_id in (select task_id from r0)
                        group by a2.task_id)
                select a.source, a.notice_issued_on as issued_date, a.ref, a.content, ag.leads, ag.supports,
                       g.name as agency, a.role, a.deadline, a.original_deadline, a.deadline_text, a.status,
                       a.progress_percent, a.completed_on, a.latest_report_text as latest, a.latest_report_on as latest_on,
                       a.confidence, a.confidence_note,
                       (a.confidence_at at time zone 'Asia/Ho_Chi_Minh')::date as rated_on, a.timeliness as tl"""
                + ASSIGNMENTS + " join agency g on g.id = a.agency_id left join ag on ag.task_id = a.task_id"
                + " where a.id in (select id from r0)"
                + " order by a.notice_id nulls last, a.source, a.ref, a.task_id, a.role, g.name_folded, a.id";
        long[] n = {0};
        jdbc.sql(sql).params(params(scope, today)).withFetchSize(1000).query((ResultSet rs) -> {
            sink.accept(new TrackingRow(rs.getString("source"), date(rs, "issued_date"), rs.getString("ref"),
                    rs.getString("content"), rs.getString("leads"), rs.getString("supports"), rs.getString("agency"),
                    vn.dondoc.app.tasks.AssignmentRole.valueOf(rs.getString("role")).label(), date(rs, "deadline"),
                    date(rs, "original_deadline"), rs.getString("deadline_text"),
                    vn.dondoc.app.tasks.AssignmentStatus.valueOf(rs.getString("status")).label(),
                    vn.dondoc.app.tasks.Timeliness.valueOf(rs.getString("tl")).label(), rs.getInt("progress_percent"),
                    rs.getString("latest"), date(rs, "latest_on"), date(rs, "completed_on"),
                    rs.getString("confidence") == null ? null : Confidence.valueOf(rs.getString("confidence")).label(),
                    rs.getString("confidence_note"), date(rs, "rated_on")));
            n[0]++;
        });
        return n[0];
    }

    private static ProgressData.Line line(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = date(rs, "deadline");
        long days = deadline != null && today.isAfter(deadline)
                ? java.time.temporal.ChronoUnit.DAYS.between(deadline, today) : 0;
        return new ProgressData.Line(rs.getString("source"), rs.getString("ref"), rs.getString("content"),
                rs.getString("agency"), vn.dondoc.app.tasks.AssignmentRole.valueOf(rs.getString("role")).label(),
                deadline, days, rs.getInt("progress_percent"), rs.getString("latest"), date(rs, "latest_on"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
