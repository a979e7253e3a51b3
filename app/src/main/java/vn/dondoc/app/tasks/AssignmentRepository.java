package vn.dondoc.app.tasks;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The state of one assignment and its timeline, changed only when the version read is still current. */
@Repository
class AssignmentRepository {

    /** What a transition needs to know about an assignment. */
    record State(long id, long agencyId, AssignmentStatus status, int version, int percent) {
    }

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> find(long id) {
        return jdbc.sql("select id, agency_id, status, version, progress_percent from assignment where id = ?").param(id)
                .query((rs, i) -> new State(rs.getLong(1), rs.getLong(2), AssignmentStatus.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    /** Moves to {@code to} when still at {@code version}; false when someone changed it meanwhile. */
    boolean transition(long id, int version, AssignmentStatus to, int percent, LocalDate completedOn,
                       boolean setCompleted, Instant reportAt) {
        return jdbc.sql("""
                update assignment set status = ?, progress_percent = ?,
                       completed_on = case when ? then ? else completed_on end,
                       last_report_at = coalesce(?, last_report_at), version = version + 1
                 where id = ? and version = ?""")
                .params(to.name(), percent, setCompleted, completedOn == null ? null : Date.valueOf(completedOn),
                        reportAt == null ? null : Timestamp.from(reportAt), id, version)
                .update() == 1;
    }

    void event(long assignmentId, String action, AssignmentStatus from, AssignmentStatus to, String text,
               Integer percent, Long actor, Instant at) {
        jdbc.sql("""
                insert into assignment_event (assignment_id, action, from_status, to_status, text, percent, actor_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(assignmentId, action, from == null ? null : from.name(), to == null ? null : to.name(), text,
                        percent, actor, Timestamp.from(at))
                .update();
    }

    List<AssignmentEvent> timeline(long assignmentId) {
        return jdbc.sql("""
                select e.id, e.assignment_id, e.action, e.from_status, e.to_status, e.text, e.percent, e.actor_id,
                       u.full_name, e.created_at
                  from assignment_event e left join app_user u on u.id = e.actor_id
                 where e.assignment_id = ? order by e.created_at, e.id""").param(assignmentId)
                .query((rs, i) -> {
                    int p = rs.getInt("percent");
                    Integer percent = rs.wasNull() ? null : p;
                    long a = rs.getLong("actor_id");
                    Long actor = rs.wasNull() ? null : a;
                    String from = rs.getString("from_status");
                    String to = rs.getString("to_status");
                    return new AssignmentEvent(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("action"),
                            from == null ? null : AssignmentStatus.valueOf(from),
                            to == null ? null : AssignmentStatus.valueOf(to), rs.getString("text"), percent, actor,
                            rs.getString("full_name"), rs.getTimestamp("created_at").toInstant());
                }).list();
    }
}
