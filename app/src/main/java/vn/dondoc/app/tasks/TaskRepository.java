package vn.dondoc.app.tasks;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Tasks and assignments. Timeliness is computed in SQL by the same rule as {@link TimelinessRule}, so
 * lists, counts and exports agree with the domain code (a test checks them against each other).
 */
@Repository
class TaskRepository {

    /** {@link TimelinessRule#of} in SQL (the read model's {@code timeliness_of}); parameters :today and :dueSoon. */
    static final String TIMELINESS_SQL = "timeliness_of(a.status, a.deadline, a.standing, a.completed_on, :today, :dueSoon)";

    private static final String FROM = """
              from assignment a
              join task t on t.id = a.task_id
              join agency g on g.id = a.agency_id""";

    private final JdbcClient jdbc;
    private final TaskFigureCache cache;

    TaskRepository(JdbcClient jdbc, TaskFigureCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    long insertTask(Long noticeId, NewTask t) {
        return jdbc.sql("""
                insert into task (notice_id, ref, content, deadline_text, original_deadline, recurrence, standing, product,
                                  search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(noticeId, t.ref(), t.content(), t.deadlineText(), date(t.deadline()), t.recurrence(),
                        t.standing(), t.product(), VietnameseText.fold(t.content()))
                .query(Long.class).single();
    }

    void insertAssignment(long taskId, long agencyId, AssignmentRole role, LocalDate deadline, boolean standing) {
        jdbc.sql("""
                insert into assignment (task_id, agency_id, role, status, deadline, standing)
                values (?, ?, ?, 'ASSIGNED', ?, ?)
                on conflict (task_id, agency_id, role) do nothing""")
                .params(taskId, agencyId, role.name(), date(deadline), standing).update();
    }

    /** Adds the names of the task's agencies to its folded search text, once its assignments exist. */
    void indexAgencyNames(long taskId) {
        jdbc.sql("""
                update task t set search_text = t.search_text || ' ' || coalesce((
                    select string_agg(distinct g.name_folded, ' ') from assignment a join agency g on g.id = a.agency_id
                     where a.task_id = t.id), '')
                 where t.id = ?""").param(taskId).update();
    }

    /** The WHERE of a filter (timeliness excepted) and whether it needs the task table. */
    private record Where(List<String> conditions, Map<String, Object> params, boolean needsTask) {
        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    private static Where where(TaskFilter f, LocalDate today, int dueSoon) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", date(today));
        params.put("dueSoon", dueSoon);
        List<String> where = new ArrayList<>();
        if (f.agencyId() != null) {
            where.add("a.agency_id = :agency");
            params.put("agency", f.agencyId());
        }
        if (f.role() != null) {
            where.add("a.role = :role");
            params.put("role", f.role().name());
        }
        if (!f.statuses().isEmpty()) {
            where.add("a.status in (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (f.noticeId() != null) {
            where.add("t.notice_id = :notice");
            params.put("notice", f.noticeId());
        }
        if (f.deadlineFrom() != null) {
            where.add("a.deadline >= :from");
            params.put("from", date(f.deadlineFrom()));
        }
        if (f.deadlineTo() != null) {
            where.add("a.deadline <= :to");
            params.put("to", date(f.deadlineTo()));
        }
        if (f.completedFrom() != null) {
            where.add("a.completed_on >= :completedFrom");
            params.put("completedFrom", date(f.completedFrom()));
        }
        if (f.completedTo() != null) {
            where.add("a.completed_on <= :completedTo");
            params.put("completedTo", date(f.completedTo()));
        }
        if (!f.confidence().isEmpty()) {
            where.add("a.confidence in (:confidence)");
            params.put("confidence", f.confidence().stream().map(Enum::name).sorted().toList());
        }
        boolean text = f.q() != null;
        if (text) {
            where.add(f.agencyId() != null ? vn.dondoc.app.shared.TextSearch.matchesRows("t.search_vector", "q")
                    : vn.dondoc.app.shared.TextSearch.matches("t.search_vector", "q"));
            params.put("q", VietnameseText.fold(f.q()));
        }
        return new Where(where, params, text || f.noticeId() != null);
    }

    /**
     * The states the buckets can hold, as an extra condition (empty when any state can), so that the planner may
     * use the partial index of open work for "overdue" instead of walking every finished assignment by deadline.
     */
    static String impliedStatuses(Set<Timeliness> buckets) {
        java.util.EnumSet<AssignmentStatus> states = java.util.EnumSet.noneOf(AssignmentStatus.class);
        for (Timeliness t : buckets) {
            switch (t) {
                case ON_TIME, DUE_SOON, OVERDUE, NO_DEADLINE -> states.addAll(TaskFilter.openStatuses());
                case STANDING -> {
                    states.addAll(TaskFilter.openStatuses());
                    states.add(AssignmentStatus.DONE);
                }
                case DONE_ON_TIME, DONE_LATE -> states.add(AssignmentStatus.DONE);
                case NOT_APPLICABLE -> states.addAll(java.util.EnumSet.of(AssignmentStatus.DECLINED,
                        AssignmentStatus.SUSPENDED, AssignmentStatus.CANCELLED));
            }
        }
        if (states.size() == AssignmentStatus.values().length) {
            return "";
        }
        return states.stream().map(st -> "'" + st.name() + "'").sorted()
                .collect(java.util.stream.Collectors.joining(", ", " and a.status in (", ")"));
    }

    /** ORDER BY of a sort; every order ends with a unique key so pages never overlap. */
    static String orderBy(TaskSort sort) {
        return switch (sort) {
            case DEADLINE -> "a.deadline nulls last, a.id";
            case DEADLINE_DESC -> "a.deadline desc nulls last, a.id desc";
            case NEWEST -> "a.id desc";
            case AGENCY -> "g.name_folded, g.id, a.deadline nulls last, a.id";
            case NOTICE -> "t.notice_id desc nulls last, t.source, t.ref, t.id, a.id";
        };
    }

    /** The tables the ids of a page need for the filter and the order. */
    private static String idFrom(Where w, TaskSort sort) {
        return " from assignment a"
                + (w.needsTask() || sort == TaskSort.NOTICE ? " join task t on t.id = a.task_id" : "")
                + (sort == TaskSort.AGENCY ? " join agency g on g.id = a.agency_id" : "");
    }

    private static String withTimeliness(Where w, TaskFilter f) {
        if (f.timeliness().isEmpty()) {
            return w.sql();
        }
        w.params().put("timeliness", f.timeliness().stream().map(Enum::name).sorted().toList());
        String implied = impliedStatuses(f.timeliness());
        if (f.timeliness().equals(Set.of(Timeliness.OVERDUE))) {
            implied += " and a.deadline < :today";
        }
        return w.sql() + (w.conditions().isEmpty() ? " where " : " and ") + TIMELINESS_SQL + " in (:timeliness)"
                + implied;
    }

    /**
     * Assignments of the filter per timeliness bucket (its own timeliness, order and page ignored), from the
     * figure cache while no task or assignment has changed.
     */
    Map<Timeliness, Long> counts(TaskFilter filter, LocalDate today, int dueSoon) {
        TaskFilter f = filter.countKey();
        return cache.get(List.of("counts", f, today, dueSoon), () -> {
            Where w = where(f, today, dueSoon);
            String countFrom = " from assignment a" + (w.needsTask() ? " join task t on t.id = a.task_id" : "");
            Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
            jdbc.sql("select " + TIMELINESS_SQL + " as timeliness, count(*) as n " + countFrom + w.sql() + " group by 1")
                    .params(w.params())
                    .query((rs, i) -> counts.put(Timeliness.valueOf(rs.getString(1)), rs.getLong(2))).list();
            return java.util.Collections.unmodifiableMap(counts);
        });
    }

    /**
     * A page of the list with the counts per bucket. The page's ids are found first on the narrow tables
     * (index order, no joins the filter doesn't need), then only those rows are read in full: deep pages
     * at 100k tasks stay in milliseconds. A page is kept in the {@link TaskFigureCache} until a task, an
     * assignment or an agency changes.
     */
    TaskPage find(TaskFilter f, LocalDate today, int dueSoon) {
        return cache.page(List.of("page", f, today, dueSoon), () -> findNow(f, today, dueSoon));
    }

    private TaskPage findNow(TaskFilter f, LocalDate today, int dueSoon) {
        Where w = where(f, today, dueSoon);
        Map<Timeliness, Long> counts = counts(f, today, dueSoon);
        long total = f.timeliness().isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
                : f.timeliness().stream().mapToLong(t -> counts.getOrDefault(t, 0L)).sum();
        String conditions = withTimeliness(w, f);
        Map<String, Object> params = w.params();
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        String order = orderBy(f.sort());
        List<AssignmentView> items = jdbc.sql("select a.*, t.notice_id, t.ref, t.content, t.deadline_text, t.recurrence,"
                        + " coalesce(n.number, t.source) as source, g.name as agency_name, " + TIMELINESS_SQL
                        + " as timeliness " + FROM + " left join notice n on n.id = t.notice_id"
                        + " where a.id in (select a.id" + idFrom(w, f.sort()) + conditions + " order by " + order
                        + " limit :limit offset :offset) order by " + order)
                .params(params).query((rs, i) -> map(rs, today)).list();
        return new TaskPage(items, f.page(), f.size(), total, counts);
    }

    /**
     * Every row of the filter, in its order, handed to {@code sink} one by one as the database cursor
     * delivers them (never all in memory); run inside a transaction so that PostgreSQL streams.
     */
    long export(TaskFilter f, LocalDate today, int dueSoon, Consumer<TaskExportRow> sink) {
        Where w = where(f, today, dueSoon);
        String conditions = withTimeliness(w, f);
        // the rows first, then the agencies of just their tasks aggregated in one pass (a lookup per row
        // costs 6x more on a full export)
        String sql = "with r as materialized (select a.id, a.task_id, a.agency_id, a.role, a.status, a.deadline,"
                + " a.progress_percent, a.last_report_at, " + TIMELINESS_SQL + " as timeliness from assignment a"
                + (w.needsTask() ? " join task t on t.id = a.task_id" : "") + conditions + "), " + """
                ag as (select a2.task_id,
                              string_agg(g2.name, '; ' order by g2.name_folded) filter (where a2.role = 'LEAD') as leads,
                              string_agg(g2.name, '; ' order by g2.name_folded) filter (where a2.role = 'SUPPORT') as supports
                         from assignment a2 join agency g2 on g2.id = a2.agency_id
                        where a2.task_id in (select task_id from r) group by a2.task_id)
                select a.id, a.task_id, a.role, a.status, a.deadline, a.progress_percent, a.timeliness,
                       (a.last_report_at at time zone 'Asia/Ho_Chi_Minh')::date as last_report_on,
                       t.ref, t.content, t.deadline_text, t.recurrence, coalesce(n.number, t.source) as source,
                       g.name as agency_name, ag.leads, ag.supports
                  from r a
                  join task t on t.id = a.task_id
                  join agency g on g.id = a.agency_id
                  left join notice n on n.id = t.notice_id
                  left join ag on ag.task_id = a.task_id
                 order by\s""" + orderBy(f.sort());
        long[] n = {0};
        jdbc.sql(sql)
                .params(w.params()).withFetchSize(1000)
                .query((ResultSet rs) -> {
                    Date deadline = rs.getDate("deadline");
                    Date report = rs.getDate("last_report_on");
                    sink.accept(new TaskExportRow(rs.getLong("id"), rs.getLong("task_id"), rs.getString("source"),
                            rs.getString("ref"), rs.getString("content"), rs.getString("leads"),
                            rs.getString("supports"), rs.getString("agency_name"),
                            AssignmentRole.valueOf(rs.getString("role")), deadline == null ? null : deadline.toLocalDate(),
                            rs.getString("deadline_text"), rs.getString("recurrence"),
                            AssignmentStatus.valueOf(rs.getString("status")), Timeliness.valueOf(rs.getString("timeliness")),
                            rs.getInt("progress_percent"), report == null ? null : report.toLocalDate()));
                    n[0]++;
                });
        return n[0];
    }

    /** Notices that have tasks, newest first, as (id, number or file name) for the list's filter. */
    List<Map.Entry<Long, String>> noticesWithTasks(int limit) {
        return jdbc.sql("""
                select n.id, coalesce(n.number, n.file_name) as label from notice n
                 where exists (select 1 from task t where t.notice_id = n.id)
                 order by n.id desc limit ?""")
                .param(limit).query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    java.util.Optional<String> noticeLabel(long noticeId) {
        return jdbc.sql("""
                select coalesce(n.number, n.file_name) from notice n
                 where n.id = ? and exists (select 1 from task t where t.notice_id = n.id)""")
                .param(noticeId).query(String.class).optional();
    }

    /** Records where an imported task came from (no uploaded notice). */
    void recordSource(long taskId, String source) {
        jdbc.sql("update task set source = ? where id = ?").params(source, taskId).update();
    }

    List<AssignmentView> assignmentsOfTask(long taskId, LocalDate today, int dueSoon) {
        return jdbc.sql("select a.*, t.notice_id, t.ref, t.content, t.deadline_text, t.recurrence,"
                        + " coalesce(n.number, t.source) as source, g.name as agency_name, " + TIMELINESS_SQL
                        + " as timeliness " + FROM + " left join notice n on n.id = t.notice_id"
                        + " where a.task_id = :task order by a.role, g.name")
                .param("task", taskId).param("today", date(today)).param("dueSoon", dueSoon)
                .query((rs, i) -> map(rs, today)).list();
    }

    private static AssignmentView map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate d = rs.getObject("deadline", LocalDate.class);
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        long notice = rs.getLong("notice_id");
        Long noticeId = rs.wasNull() ? null : notice;
        AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
        return new AssignmentView(rs.getLong("id"), rs.getLong("task_id"), noticeId, rs.getString("ref"),
                rs.getString("content"), rs.getLong("agency_id"), rs.getString("agency_name"),
                AssignmentRole.valueOf(rs.getString("role")), status, d, rs.getString("deadline_text"),
                rs.getString("recurrence"), rs.getBoolean("standing"), rs.getInt("progress_percent"),
                completed, Timeliness.valueOf(rs.getString("timeliness")),
                TimelinessRule.DEFAULT.daysOverdue(status, d, today), rs.getInt("version"), rs.getString("source"),
                rs.getString("confidence") == null ? null : Confidence.valueOf(rs.getString("confidence")),
                rs.getTimestamp("last_report_at") == null ? null : rs.getTimestamp("last_report_at").toInstant());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
