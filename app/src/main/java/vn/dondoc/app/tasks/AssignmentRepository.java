package vn.dondoc.app.tasks;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.extraction.text.VietnameseText;

/** The state of one assignment and its timeline, changed only when the version read is still current. */
@Repository
class AssignmentRepository {

    /** What a transition needs to know about an assignment. */
    record State(long id, long taskId, long agencyId, String agencyName, AssignmentRole role, AssignmentStatus status,
                 int version, int percent, LocalDate deadline, Confidence confidence) {
    }

    /** An officer's draft awaiting the head, with the rating the officer proposed (or none). */
    record Draft(long id, long assignmentId, String action, String text, Integer percent, Confidence confidence,
                 String confidenceNote) {
    }

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> find(long id) {
        return jdbc.sql("""
                select a.id, a.task_id, a.agency_id, g.name, a.role, a.status, a.version, a.progress_percent, a.deadline,
                       a.confidence
                  from assignment a join agency g on g.id = a.agency_id where a.id = ?""").param(id)
                .query((rs, i) -> new State(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        AssignmentRole.valueOf(rs.getString(5)), AssignmentStatus.valueOf(rs.getString(6)), rs.getInt(7),
                        rs.getInt(8), localDate(rs.getDate(9)), confidence(rs.getString(10))))
                .optional();
    }

    /** Keeps {@code rating} as the assignment's latest (same transaction as the report that carries it). */
    void rate(long id, Confidence confidence, String note, Instant at) {
        jdbc.sql("update assignment set confidence = ?, confidence_note = ?, confidence_at = ? where id = ?")
                .params(confidence.name(), note, Timestamp.from(at), id).update();
    }

    /** The assignment's latest rating, or empty when no report has carried one. */
    Optional<ConfidenceRating> rating(long id) {
        return jdbc.sql("select confidence, confidence_note, confidence_at from assignment where id = ? and confidence is not null")
                .param(id)
                .query((rs, i) -> new ConfidenceRating(Confidence.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Moves to {@code to} when still at {@code version}; false when someone changed it meanwhile. */
    boolean transition(long id, int version, AssignmentStatus to, int percent, LocalDate completedOn,
                       boolean setCompleted, Instant reportAt, Boolean sentBack) {
        return jdbc.sql("""
                update assignment set status = ?, progress_percent = ?,
                       completed_on = case when ? then ? else completed_on end,
                       last_report_at = coalesce(?, last_report_at), sent_back = coalesce(?, sent_back),
                       version = version + 1
                 where id = ? and version = ?""")
                .params(to.name(), percent, setCompleted, completedOn == null ? null : Date.valueOf(completedOn),
                        reportAt == null ? null : Timestamp.from(reportAt), sentBack, id, version)
                .update() == 1;
    }

    /** Bumps the version (something was recorded about the assignment without changing its state). */
    boolean touch(long id, int version) {
        return jdbc.sql("update assignment set version = version + 1 where id = ? and version = ?")
                .params(id, version).update() == 1;
    }

    void moveDeadline(long id, LocalDate deadline) {
        jdbc.sql("update assignment set deadline = ?, version = version + 1 where id = ?")
                .params(Date.valueOf(deadline), id).update();
    }

    /** The task's other assignments that still follow {@code deadline} (supporters follow the lead's extension). */
    List<Long> followers(long taskId, long exceptId, LocalDate deadline) {
        return jdbc.sql("""
                select id from assignment where task_id = ? and id <> ? and role = 'SUPPORT' and deadline = ?
                   and status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')""")
                .params(taskId, exceptId, Date.valueOf(deadline)).query(Long.class).list();
    }

    void replacedBy(long id, long replacement) {
        jdbc.sql("update assignment set replaced_by = ? where id = ?").params(replacement, id).update();
    }

    long event(long assignmentId, String action, AssignmentStatus from, AssignmentStatus to, String text,
               Integer percent, Long actor, Instant at) {
        return event(assignmentId, action, from, to, text, percent, actor, at, null, null, null);
    }

    long event(long assignmentId, String action, AssignmentStatus from, AssignmentStatus to, String text,
               Integer percent, Long actor, Instant at, String draftStatus, LocalDate oldDeadline, LocalDate newDeadline) {
        return event(assignmentId, action, from, to, text, percent, actor, at, draftStatus, oldDeadline, newDeadline,
                null, null);
    }

    /** A report (or an officer's draft of one) with the rating it carries, if any. */
    long event(long assignmentId, String action, AssignmentStatus from, AssignmentStatus to, String text,
               Integer percent, Long actor, Instant at, String draftStatus, LocalDate oldDeadline, LocalDate newDeadline,
               Confidence confidence, String confidenceNote) {
        return jdbc.sql("""
                insert into assignment_event (assignment_id, action, from_status, to_status, text, percent, actor_id,
                                              created_at, draft_status, old_deadline, new_deadline, search_text,
                                              confidence, confidence_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(assignmentId, action, from == null ? null : from.name(), to == null ? null : to.name(), text,
                        percent, actor, Timestamp.from(at), draftStatus, date(oldDeadline), date(newDeadline),
                        text == null || text.isBlank() ? null : VietnameseText.fold(text),
                        confidence == null ? null : confidence.name(), confidenceNote)
                .query(Long.class).single();
    }

    Optional<Draft> pendingDraft(long draftId) {
        return jdbc.sql("""
                select id, assignment_id, action, text, percent, confidence, confidence_note from assignment_event
                 where id = ? and draft_status = 'PENDING'""").param(draftId)
                .query((rs, i) -> {
                    int p = rs.getInt(5);
                    Integer percent = rs.wasNull() ? null : p;
                    return new Draft(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), percent,
                            confidence(rs.getString(6)), rs.getString(7));
                }).optional();
    }

    boolean closeDraft(long draftId, String status) {
        return jdbc.sql("update assignment_event set draft_status = ? where id = ? and draft_status = 'PENDING'")
                .params(status, draftId).update() == 1;
    }

    /** Links evidence uploaded to the assignment (not yet part of a report) to a report; returns how many. */
    int linkEvidence(long assignmentId, List<Long> evidenceIds, long eventId) {
        if (evidenceIds == null || evidenceIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update evidence_file set event_id = :event where assignment_id = :a and event_id is null and id in (:ids)")
                .param("event", eventId).param("a", assignmentId).param("ids", evidenceIds).update();
    }

    void moveEvidence(long fromEventId, long toEventId) {
        jdbc.sql("update evidence_file set event_id = ? where event_id = ?").params(toEventId, fromEventId).update();
    }

    long insertReplacement(State old, long agencyId) {
        return jdbc.sql("""
                insert into assignment (task_id, agency_id, role, status, deadline, standing)
                select task_id, ?, role, 'ASSIGNED', deadline, standing from assignment where id = ?
                returning id""").params(agencyId, old.id()).query(Long.class).single();
    }

    boolean agencyOnTask(long taskId, long agencyId, AssignmentRole role) {
        return jdbc.sql("select count(*) from assignment where task_id = ? and agency_id = ? and role = ?")
                .params(taskId, agencyId, role.name()).query(Long.class).single() > 0;
    }

    List<AssignmentEvent> timeline(long assignmentId) {
        return jdbc.sql("""
                select e.id, e.assignment_id, e.action, e.from_status, e.to_status, e.text, e.percent, e.actor_id,
                       u.full_name, e.created_at, e.draft_status, e.old_deadline, e.new_deadline, e.confidence,
                       e.confidence_note
                  from assignment_event e left join app_user u on u.id = e.actor_id
                 where e.assignment_id = ? order by e.created_at, e.id""").param(assignmentId)
                .query(AssignmentRepository::mapEvent).list();
    }

    static AssignmentEvent mapEvent(ResultSet rs, int i) throws SQLException {
        int p = rs.getInt("percent");
        Integer percent = rs.wasNull() ? null : p;
        long a = rs.getLong("actor_id");
        Long actor = rs.wasNull() ? null : a;
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        return new AssignmentEvent(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("action"),
                from == null ? null : AssignmentStatus.valueOf(from), to == null ? null : AssignmentStatus.valueOf(to),
                rs.getString("text"), percent, actor, rs.getString("full_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("draft_status"), localDate(rs.getDate("old_deadline")), localDate(rs.getDate("new_deadline")),
                confidence(rs.getString("confidence")), rs.getString("confidence_note"));
    }

    static Confidence confidence(String stored) {
        return stored == null ? null : Confidence.valueOf(stored);
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
