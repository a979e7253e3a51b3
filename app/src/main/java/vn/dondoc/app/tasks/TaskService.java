package vn.dondoc.app.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;

/** Issuing tasks and reading them, with every agency seeing only its own assignments. */
@Service
public class TaskService {

    private static final Set<String> RECURRENCES = OccurrenceService.RECURRENCES;

    private final TaskRepository repository;
    private final TaskStore store;
    private final AssignmentRepository assignmentRepository;
    private final OccurrenceService occurrences;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TimelinessRule rule = TimelinessRule.DEFAULT;

    TaskService(TaskRepository repository, TaskStore store, AssignmentRepository assignmentRepository,
                OccurrenceService occurrences, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.assignmentRepository = assignmentRepository;
        this.occurrences = occurrences;
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
            if (t.recurrence() != null) {
                occurrences.generateForTask(id, today());
            }
            ids.add(id);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("content", t.content());
            after.put("deadline", t.deadline() == null ? null : t.deadline().toString());
            after.put("lead", store.agencyNames(t.leadAgencyIds()));
            after.put("support", store.agencyNames(t.supportAgencyIds()));
            events.publishEvent(new Audited("task", id, id, null, noticeId, "ISSUE",
                    "Giao nhiệm vụ " + (t.ref() == null ? "" : t.ref() + " ") + "cho " + t.leadAgencyIds().size()
                            + " cơ quan chủ trì, " + t.supportAgencyIds().size() + " cơ quan phối hợp", null, after,
                    CurrentUser.get().map(CurrentUser::id).orElse(null)));
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
     * How many assignments the user may see match the filter — the {@code total} of {@link #find} without reading
     * a page (cached until tasks change).
     */
    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        TaskFilter f = scope(filter);
        Map<Timeliness, Long> counts = repository.counts(f, today(), rule.dueSoonDays());
        return f.timeliness().isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
                : f.timeliness().stream().mapToLong(t -> counts.getOrDefault(t, 0L)).sum();
    }

    /** Counts per timeliness bucket of the filter (its own timeliness ignored), scoped like {@link #find}. */
    @Transactional(readOnly = true)
    public Map<Timeliness, Long> counts(TaskFilter filter) {
        return repository.counts(scope(filter), today(), rule.dueSoonDays());
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

    /** The number (or file name) of a notice that has issued tasks, for headings; empty if it has none. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> noticeLabel(long noticeId) {
        return repository.noticeLabel(noticeId);
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

    /** The tasks issued from a notice with all their agencies (province roles only). */
    @Transactional(readOnly = true)
    public List<NoticeTask> ofNotice(long noticeId) {
        if (!CurrentUser.require().role().seesEverything()) {
            throw DomainException.forbidden("Bạn chỉ xem được nhiệm vụ của cơ quan, đơn vị mình.");
        }
        return store.ofNotice(noticeId);
    }

    /** The task's own fields, for whoever sees one of its assignments (others: not found). */
    @Transactional(readOnly = true)
    public TaskRecord get(long taskId) {
        assignments(taskId);
        return store.find(taskId).orElseThrow();
    }

    /**
     * The secretariat corrects a task (audited, field by field). A changed deadline moves the assignments that
     * were still on the old one; individually extended assignments keep their extension.
     */
    @Transactional
    public TaskRecord edit(long taskId, TaskEdit edit) {
        CurrentUser me = requireEditor();
        TaskRecord old = store.find(taskId)
                .orElseThrow(() -> DomainException.notFound("task_not_found", "Không tìm thấy nhiệm vụ."));
        String content = edit.content() == null ? "" : edit.content().strip();
        if (content.isEmpty()) {
            throw DomainException.invalid("content_required", "Nội dung nhiệm vụ không được để trống.");
        }
        String recurrence = edit.recurrence() == null || edit.recurrence().isBlank() ? null : edit.recurrence().strip();
        if (recurrence != null && !RECURRENCES.contains(recurrence)) {
            throw DomainException.invalid("recurrence_invalid", "Định kỳ phải là 2 tuần, tháng, quý hoặc năm.");
        }
        if (edit.standing() && edit.deadline() != null) {
            throw DomainException.invalid("standing_with_deadline", "Nhiệm vụ thường xuyên không có thời hạn; hãy bỏ thời hạn"
                    + " hoặc bỏ đánh dấu thường xuyên.");
        }
        TaskEdit clean = new TaskEdit(blankToNull(edit.ref()), content, edit.deadline(), blankToNull(edit.deadlineText()),
                recurrence, edit.standing(), blankToNull(edit.product()), edit.version());
        if (old.version() != edit.version() || !store.update(taskId, clean)) {
            throw DomainException.conflict("stale", "Nhiệm vụ vừa được người khác sửa. Hãy tải lại để xem thay đổi;"
                    + " nội dung bạn nhập chưa được lưu và vẫn còn trên biểu mẫu.");
        }
        store.reindex(taskId, content);
        if (!java.util.Objects.equals(old.originalDeadline(), clean.deadline()) || old.standing() != clean.standing()) {
            java.time.Instant now = clock.instant();
            for (long a : store.onDeadline(taskId, old.originalDeadline())) {
                store.setAssignmentDeadline(a, clean.deadline(), clean.standing());
                assignmentRepository.event(a, "DEADLINE_CHANGED", null, null, "Thường trực điều chỉnh thời hạn nhiệm vụ",
                        null, me.id(), now, null, old.originalDeadline(), clean.deadline());
            }
            store.setStanding(taskId, clean.standing());
        }
        if (!java.util.Objects.equals(old.recurrence(), clean.recurrence())) {
            occurrences.rescheduleTask(taskId, today());
        } else if (!java.util.Objects.equals(old.originalDeadline(), clean.deadline())) {
            occurrences.generateForTask(taskId, today());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        diff("ref", old.ref(), clean.ref(), before, after);
        diff("content", old.content(), clean.content(), before, after);
        diff("deadline", old.originalDeadline(), clean.deadline(), before, after);
        diff("deadline_text", old.deadlineText(), clean.deadlineText(), before, after);
        diff("recurrence", old.recurrence(), clean.recurrence(), before, after);
        diff("standing", old.standing(), clean.standing(), before, after);
        diff("product", old.product(), clean.product(), before, after);
        events.publishEvent(new Audited("task", taskId, taskId, null, old.noticeId(), "EDIT_TASK",
                "Sửa nhiệm vụ " + (old.ref() == null ? "#" + taskId : old.ref()) + ": " + String.join(", ", after.keySet()),
                before, after, me.id()));
        return store.find(taskId).orElseThrow();
    }

    /** The current user, when they may edit tasks (secretariat, admin); refused (403) otherwise. */
    public CurrentUser requireEditor() {
        CurrentUser me = CurrentUser.require();
        if (!me.has(Role.SECRETARIAT, Role.ADMIN)) {
            throw DomainException.forbidden("Chỉ thường trực được sửa nội dung nhiệm vụ.");
        }
        return me;
    }

    private static void diff(String field, Object before, Object after, Map<String, Object> b, Map<String, Object> a) {
        if (!java.util.Objects.equals(before, after)) {
            b.put(field, before == null ? null : before.toString());
            a.put(field, after == null ? null : after.toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
