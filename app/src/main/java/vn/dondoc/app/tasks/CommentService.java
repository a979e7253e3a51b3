package vn.dondoc.app.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Comments and directions on tasks. Leaders and the secretariat write on the task or on one agency's assignment;
 * an agency writes on its own assignment. Inspectors read only.
 */
@Service
public class CommentService {

    static final int MAX_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final AssignmentAccess access;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(JdbcClient jdbc, AssignmentAccess access, TaskService tasks, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a comment as the current user.
     *
     * @param assignmentId the agency's assignment it is about; null for the whole task (province roles only;
     *                     an agency's comment always goes on its own assignment of the task)
     */
    @Transactional
    public TaskComment add(long taskId, Long assignmentId, String text) {
        CurrentUser me = CurrentUser.require();
        List<AssignmentView> visible = tasks.assignments(taskId);
        if (me.role() == Role.INSPECTOR) {
            throw DomainException.forbidden("Vai trò kiểm tra, giám sát chỉ được xem, không được bình luận.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw DomainException.invalid("text_required", "Cần nhập nội dung ý kiến.");
        }
        if (body.length() > MAX_LENGTH) {
            throw DomainException.invalid("text_too_long", "Ý kiến dài quá " + MAX_LENGTH + " ký tự.");
        }
        Long target = assignmentId;
        if (!me.role().seesEverything()) {
            target = assignmentId != null ? assignmentId : visible.get(0).id();
        }
        Long agencyId = null;
        if (target != null) {
            AssignmentRepository.State a = access.visible(target, me);
            if (a.taskId() != taskId) {
                throw DomainException.notFound("assignment_not_found", "Không tìm thấy nhiệm vụ được giao.");
            }
            agencyId = a.agencyId();
        }
        long id = jdbc.sql("""
                insert into task_comment (task_id, assignment_id, author_id, text, search_text, created_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, target, me.id(), body, VietnameseText.fold(body), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new Audited("comment", id, taskId, agencyId, null, "COMMENT",
                me.fullName() + " cho ý kiến", null, Map.of("text", body), me.id()));
        return of(taskId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** The task's comments the current user may read, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskComment> of(long taskId) {
        CurrentUser me = CurrentUser.require();
        tasks.assignments(taskId);
        Long agency = me.role().seesEverything() ? null : me.agencyId() == null ? -1L : me.agencyId();
        return jdbc.sql("""
                select c.id, c.task_id, c.assignment_id, g.name, u.full_name, u.role, c.text, c.created_at
                  from task_comment c
                  left join assignment a on a.id = c.assignment_id
                  left join agency g on g.id = a.agency_id
                  left join app_user u on u.id = c.author_id
                 where c.task_id = :task and (cast(:agency as bigint) is null or c.assignment_id is null or a.agency_id = :agency)
                 order by c.created_at, c.id""")
                .param("task", taskId).param("agency", agency)
                .query((rs, i) -> {
                    long aid = rs.getLong(3);
                    Long assignment = rs.wasNull() ? null : aid;
                    String role = rs.getString(6);
                    return new TaskComment(rs.getLong(1), rs.getLong(2), assignment, rs.getString(4), rs.getString(5),
                            role == null ? null : Role.valueOf(role).label(), rs.getString(7),
                            rs.getTimestamp(8).toInstant());
                }).list();
    }
}
