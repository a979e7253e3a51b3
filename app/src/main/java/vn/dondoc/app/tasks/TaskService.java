package vn.dondoc.app.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
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
        CurrentUser me = CurrentUser.require();
        TaskFilter scoped = filter;
        if (!me.role().seesEverything()) {
            if (filter.agencyId() != null && !filter.agencyId().equals(me.agencyId())) {
                throw DomainException.forbidden("Bạn chỉ xem được nhiệm vụ của cơ quan, đơn vị mình.");
            }
            scoped = new TaskFilter(me.agencyId(), filter.role(), filter.status(), filter.timeliness(),
                    filter.noticeId(), filter.q(), filter.deadlineFrom(), filter.deadlineTo(), filter.page(),
                    filter.size());
        }
        return repository.find(scoped, today(), rule.dueSoonDays());
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
