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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Tasks and assignments. Timeliness is computed in SQL by the same rule as {@link TimelinessRule}, so
 * lists, counts and exports agree with the domain code (a test checks them against each other).
 */
@Repository
class TaskRepository {

    /** {@link TimelinessRule#of} in SQL; parameters :today and :dueSoon. */
    static final String TIMELINESS_SQL = """
            case
              when a.status = 'DONE' then
                case when a.deadline is null then case when a.standing then 'STANDING' else 'DONE_ON_TIME' end
                     when coalesce(a.completed_on, :today) > a.deadline then 'DONE_LATE'
                     else 'DONE_ON_TIME' end
              when a.status not in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION') then 'NOT_APPLICABLE'
              when a.standing then 'STANDING'
              when a.deadline is null then 'NO_DEADLINE'
              when :today > a.deadline then 'OVERDUE'
              when a.deadline - :today <= :dueSoon then 'DUE_SOON'
              else 'ON_TIME'
            end""";

    private static final String FROM = """
              from assignment a
              join task t on t.id = a.task_id
              join agency g on g.id = a.agency_id""";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    TaskPage find(TaskFilter f, LocalDate today, int dueSoon) {
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
        if (f.status() != null) {
            where.add("a.status = :status");
            params.put("status", f.status().name());
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
        if (f.q() != null && !f.q().isBlank()) {
            for (String word : VietnameseText.fold(f.q()).trim().split("\\s+")) {
                String key = "q" + params.size();
                where.add("t.search_text like :" + key);
                params.put(key, "%" + word.replace("%", "").replace("_", "") + "%");
            }
        }
        boolean text = f.q() != null && !f.q().isBlank();
        String countFrom = " from assignment a" + (text || f.noticeId() != null ? " join task t on t.id = a.task_id" : "");
        String conditions = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String base = countFrom + conditions;
        Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
        jdbc.sql("select " + TIMELINESS_SQL + " as timeliness, count(*) as n " + base + " group by 1")
                .params(params).query((rs, i) -> counts.put(Timeliness.valueOf(rs.getString(1)), rs.getLong(2))).list();
        String filtered = FROM + conditions;
        long total;
        if (f.timeliness() != null) {
            filtered = filtered + (where.isEmpty() ? " where " : " and ") + TIMELINESS_SQL + " = :timeliness";
            params.put("timeliness", f.timeliness().name());
            total = counts.getOrDefault(f.timeliness(), 0L);
        } else {
            total = counts.values().stream().mapToLong(Long::longValue).sum();
        }
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<AssignmentView> items = jdbc.sql("select a.*, t.notice_id, t.ref, t.content, t.deadline_text, t.recurrence,"
                        + " g.name as agency_name, " + TIMELINESS_SQL + " as timeliness " + filtered
                        + " order by a.deadline nulls last, a.id limit :limit offset :offset")
                .params(params).query((rs, i) -> map(rs, today)).list();
        return new TaskPage(items, f.page(), f.size(), total, counts);
    }

    List<AssignmentView> assignmentsOfTask(long taskId, LocalDate today, int dueSoon) {
        return jdbc.sql("select a.*, t.notice_id, t.ref, t.content, t.deadline_text, t.recurrence,"
                        + " g.name as agency_name, " + TIMELINESS_SQL + " as timeliness " + FROM
                        + " where a.task_id = :task order by a.role, g.name")
                .param("task", taskId).param("today", date(today)).param("dueSoon", dueSoon)
                .query((rs, i) -> map(rs, today)).list();
    }

    private static AssignmentView map(ResultSet rs, LocalDate today) throws SQLException {
        Date deadline = rs.getDate("deadline");
        Date completed = rs.getDate("completed_on");
        long notice = rs.getLong("notice_id");
        Long noticeId = rs.wasNull() ? null : notice;
        AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
        LocalDate d = deadline == null ? null : deadline.toLocalDate();
        return new AssignmentView(rs.getLong("id"), rs.getLong("task_id"), noticeId, rs.getString("ref"),
                rs.getString("content"), rs.getLong("agency_id"), rs.getString("agency_name"),
                AssignmentRole.valueOf(rs.getString("role")), status, d, rs.getString("deadline_text"),
                rs.getString("recurrence"), rs.getBoolean("standing"), rs.getInt("progress_percent"),
                completed == null ? null : completed.toLocalDate(), Timeliness.valueOf(rs.getString("timeliness")),
                TimelinessRule.DEFAULT.daysOverdue(status, d, today), rs.getInt("version"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
