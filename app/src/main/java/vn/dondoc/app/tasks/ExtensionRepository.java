package vn.dondoc.app.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Extension requests; a decision is recorded only on a request still pending at the version read. */
@Repository
class ExtensionRepository {

    private static final String SELECT = """
            select r.*, a.task_id, g.name as agency_name, u.full_name as requested_by_name, d.full_name as decided_by_name
              from extension_request r
              join assignment a on a.id = r.assignment_id
              join agency g on g.id = a.agency_id
              left join app_user u on u.id = r.requested_by
              left join app_user d on d.id = r.decided_by""";

    private final JdbcClient jdbc;

    ExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long assignmentId, LocalDate current, LocalDate requested, String reason, long by, Instant at) {
        return jdbc.sql("""
                insert into extension_request (assignment_id, current_deadline, requested_deadline, reason, status,
                                               requested_by, requested_at)
                values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
                .params(assignmentId, AssignmentRepository.date(current), AssignmentRepository.date(requested), reason, by,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    Optional<ExtensionRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(ExtensionRepository::map).optional();
    }

    List<ExtensionRequest> ofAssignment(long assignmentId) {
        return jdbc.sql(SELECT + " where r.assignment_id = ? order by r.requested_at desc, r.id desc")
                .param(assignmentId).query(ExtensionRepository::map).list();
    }

    /** Pending requests, oldest first; {@code agencyId} null for all agencies. */
    List<ExtensionRequest> pending(Long agencyId, int limit) {
        return jdbc.sql(SELECT + " where r.status = 'PENDING' and (cast(:agency as bigint) is null or a.agency_id = :agency)"
                        + " order by r.requested_at, r.id limit :limit")
                .param("agency", agencyId).param("limit", limit).query(ExtensionRepository::map).list();
    }

    boolean decide(long id, int version, String status, long by, Instant at, String note) {
        return jdbc.sql("""
                update extension_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                       version = version + 1
                 where id = ? and version = ? and status = 'PENDING'""")
                .params(status, by, Timestamp.from(at), note, id, version).update() == 1;
    }

    void closePending(long assignmentId, String note, Instant at) {
        jdbc.sql("""
                update extension_request set status = 'REJECTED', decided_at = ?, decision_note = ?, version = version + 1
                 where assignment_id = ? and status = 'PENDING'""")
                .params(Timestamp.from(at), note, assignmentId).update();
    }

    private static ExtensionRequest map(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ExtensionRequest(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("task_id"),
                rs.getString("agency_name"), AssignmentRepository.localDate(rs.getDate("current_deadline")),
                AssignmentRepository.localDate(rs.getDate("requested_deadline")), rs.getString("reason"),
                rs.getString("status"), rs.getString("requested_by_name"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by_name"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                rs.getInt("version"));
    }
}
