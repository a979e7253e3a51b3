package vn.dondoc.app.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.shared.DomainException;

/** Issuing tasks and reading them, with every agency seeing only its own assignments. */
@Service
public class TaskService {

    private final TaskRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TimelinessRule rule = TimelinessRule.DEFAULT;

    TaskService(TaskRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** A notice's tasks were issued. */
    public record TasksIssued(Long noticeId, List<Long> taskIds) {
    }

    /**
     * Creates the tasks and one assignment per lead and supporting agency, in the caller's transaction
     * (issuing a notice is all or nothing).
     */
    @Transactional
    public List<Long> issue(Long noticeId, List<NewTask> tasks) {
        List<Long> ids = new ArrayList<>();
        for (NewTask t : tasks) {
            long id = repository.insertTask(noticeId, t);
            t.leadAgencyIds().forEach(a -> repository.insertAssignment(id, a, AssignmentRole.LEAD, t.deadline(), t.standing()));
            t.supportAgencyIds().forEach(a -> repository.insertAssignment(id, a, AssignmentRole.SUPPORT, t.deadline(), t.standing()));
            repository.indexAgencyNames(id);
            ids.add(id);
        }
        events.publishEvent(new TasksIssued(noticeId, ids));
        return ids;
    }

    /** The assignments the current user may see that match the filter (agency roles: their agency only). */
    @Transactional(readOnly = true)
    public TaskPage find(TaskFilter filter) {
        return repository.find(scope(filter), today(), rule.dueSoonDays());
    }

    /**
     * The filter as the current user may apply it: agency roles are held to their own agency, and asking
     * for another agency is refused (403). Exports call it before they start writing.
     */
    public TaskFilter scope(TaskFilter filter) {
        CurrentUser me = CurrentUser.require();
        if (me.role().seesEverything()) {
            return filter;
        }
        if (filter.agencyId() != null && !filter.agencyId().equals(me.agencyId())) {
            throw DomainException.forbidden("Bạn chỉ xem được nhiệm vụ của cơ quan, đơn vị mình.");
        }
        return filter.withAgency(me.agencyId());
    }

    /**
     * Every assignment of the filter (paging ignored), scoped like {@link #find}, with the same timeliness,
     * streamed row by row to {@code sink}; returns how many rows were written.
     */
    @Transactional(readOnly = true)
    public long export(TaskFilter filter, Consumer<TaskExportRow> sink) {
        return repository.export(scope(filter), today(), rule.dueSoonDays(), sink);
    }

    /**
     * Records where issued tasks came from when they have no uploaded notice (an Excel import), in the
     * caller's transaction; {@code sources} pairs with {@code taskIds}. Secretariat and admin only.
     */
    @Transactional
    public void recordSources(List<Long> taskIds, List<String> sources) {
        if (!CurrentUser.require().has(Role.SECRETARIAT, Role.ADMIN)) {
            throw DomainException.forbidden("Chỉ thường trực hoặc quản trị mới được nhập nhiệm vụ.");
        }
        for (int i = 0; i < taskIds.size(); i++) {
            repository.recordSource(taskIds.get(i), sources.get(i));
        }
    }

    /** Notices that have tasks (id → number), newest first, for the list's notice filter. */
    @Transactional(readOnly = true)
    public List<java.util.Map.Entry<Long, String>> noticesWithTasks() {
        return repository.noticesWithTasks(500);
    }

    /**
     * A task's assignments as the current user may see them; an agency that has no assignment on the task
     * gets "not found", so ids can't be probed.
     */
    @Transactional(readOnly = true)
    public List<AssignmentView> assignments(long taskId) {
        CurrentUser me = CurrentUser.require();
        List<AssignmentView> all = repository.assignmentsOfTask(taskId, today(), rule.dueSoonDays());
        List<AssignmentView> visible = me.role().seesEverything() ? all
                : all.stream().filter(a -> a.agencyId() == me.agencyId()).toList();
        if (visible.isEmpty()) {
            throw DomainException.notFound("task_not_found", "Không tìm thấy nhiệm vụ.");
        }
        return visible;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
