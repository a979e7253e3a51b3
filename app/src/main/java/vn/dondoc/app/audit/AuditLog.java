package vn.dondoc.app.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;

/**
 * The append-only change log. Entries are written by listening to {@link Audited} inside the publisher's
 * transaction; reading is filtered by permission: admins and inspectors read everything, the secretariat and
 * leaders read per task, an agency reads the entries of its own work on tasks it is assigned.
 */
@Service
public class AuditLog {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A page of entries and the total matching. */
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Audited e) {
        jdbc.sql("""
                insert into audit_entry (at, actor_id, actor_name, entity, entity_id, task_id, agency_id, notice_id, action,
                                         summary, before_value, after_value)
                values (?, ?, (select full_name from app_user where id = ?), ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                        cast(? as jsonb))""")
                .params(Timestamp.from(clock.instant()), e.actorId(), e.actorId(), e.entity(), e.entityId(), e.taskId(),
                        e.agencyId(), e.noticeId(), e.action(), e.summary(), toJson(e.before()), toJson(e.after()))
                .update();
    }

    /** Entries matching the query that the current user may read, newest first. */
    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery q) {
        CurrentUser me = CurrentUser.require();
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (!me.has(Role.ADMIN, Role.INSPECTOR)) {
            if (q.taskId() == null) {
                throw DomainException.forbidden("Chỉ quản trị và kiểm tra, giám sát xem được toàn bộ nhật ký;"
                        + " hãy xem nhật ký của từng nhiệm vụ.");
            }
            if (!me.role().seesEverything()) {
                where.add("(e.agency_id = :me or e.agency_id is null)");
                where.add("exists (select 1 from assignment a where a.task_id = e.task_id and a.agency_id = :me)");
                params.put("me", me.agencyId() == null ? -1L : me.agencyId());
            }
        }
        add(where, params, q.taskId(), "e.task_id = :task", "task");
        add(where, params, q.actorId(), "e.actor_id = :actor", "actor");
        add(where, params, blankToNull(q.entity()), "e.entity = :entity", "entity");
        add(where, params, blankToNull(q.action()), "e.action = :action", "action");
        add(where, params, q.from() == null ? null : start(q.from()), "e.at >= :from", "from");
        add(where, params, q.to() == null ? null : start(q.to().plusDays(1)), "e.at < :to", "to");
        if (q.q() != null && !q.q().isBlank()) {
            where.add("replace(lower(unaccent(e.summary)), 'đ', 'd') like :q");
            params.put("q", "%" + vn.dondoc.extraction.text.VietnameseText.fold(q.q()).strip()
                    .replace("%", "").replace("_", "") + "%");
        }
        String conditions = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from audit_entry e" + conditions).params(params).query(Long.class).single();
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<AuditEntry> items = jdbc.sql("select e.* from audit_entry e" + conditions
                        + " order by e.at desc, e.id desc limit :limit offset :offset")
                .params(params).query(AuditLog::map).list();
        return new AuditPage(items, q.page(), q.size(), total);
    }

    /** Every entry matching the query, oldest first, streamed to {@code sink} (exports). Same permissions as find. */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery q, Consumer<AuditEntry> sink) {
        int page = 0;
        AuditPage p;
        do {
            p = find(new AuditQuery(q.taskId(), q.actorId(), q.entity(), q.action(), q.from(), q.to(), q.q(), page++, 500));
            p.items().forEach(sink);
        } while ((long) page * 500 < p.total());
    }

    private static void add(List<String> where, Map<String, Object> params, Object value, String condition, String key) {
        if (value != null) {
            where.add(condition);
            params.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Timestamp start(LocalDate d) {
        return Timestamp.from(d.atStartOfDay(ZONE).toInstant());
    }

    private String toJson(Map<String, Object> values) {
        return values == null ? null : json.writeValueAsString(values);
    }

    private static AuditEntry map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), longOrNull(rs, "actor_id"),
                rs.getString("actor_name"), rs.getString("entity"), longOrNull(rs, "entity_id"), longOrNull(rs, "task_id"),
                longOrNull(rs, "agency_id"), longOrNull(rs, "notice_id"), rs.getString("action"), rs.getString("summary"),
                rs.getString("before_value"), rs.getString("after_value"));
    }

    private static Long longOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
