package vn.dondoc.app.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.shared.DomainException;

/**
 * What agencies and the secretariat do to an assignment: progress reports (an officer's are drafts for
 * the head), completion, decline, confirmation, sending back, suspending, cancelling. Each use case checks
 * the role, the agency, the state (the transition table) and the version the user saw.
 */
@Service
public class AssignmentService {

    private static final Set<AssignmentAction> AGENCY_HEAD_ACTIONS = EnumSet.of(AssignmentAction.REPORT_PROGRESS,
            AssignmentAction.REPORT_COMPLETION, AssignmentAction.DECLINE);
    private static final Set<AssignmentAction> SECRETARIAT_ACTIONS = EnumSet.of(AssignmentAction.CONFIRM,
            AssignmentAction.SEND_BACK, AssignmentAction.SUSPEND, AssignmentAction.RESUME, AssignmentAction.CANCEL);
    private static final Set<AssignmentAction> NEED_TEXT = EnumSet.of(AssignmentAction.REPORT_PROGRESS,
            AssignmentAction.REPORT_COMPLETION, AssignmentAction.DECLINE, AssignmentAction.SEND_BACK,
            AssignmentAction.SUSPEND, AssignmentAction.CANCEL);

    private final AssignmentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** An assignment changed state. */
    public record AssignmentChanged(long assignmentId, AssignmentAction action, AssignmentStatus from,
                                    AssignmentStatus to, long actorId) {
    }

    /**
     * Performs {@code action} on the assignment as the current user.
     *
     * @param version the version the user saw; a newer one means someone acted meanwhile (409)
     * @return the status after the action (unchanged for an officer's draft report)
     */
    @Transactional
    public AssignmentStatus act(long id, AssignmentAction action, String text, Integer percent, int version) {
        CurrentUser me = CurrentUser.require();
        AssignmentRepository.State a = visible(id, me);
        boolean draft = action == AssignmentAction.REPORT_PROGRESS && me.role() == Role.AGENCY_OFFICER;
        checkRole(action, me, draft);
        String note = text == null ? null : text.strip();
        if (NEED_TEXT.contains(action) && (note == null || note.isEmpty())) {
            throw DomainException.invalid("text_required", "Cần nhập nội dung (báo cáo hoặc lý do) để " + action.label() + ".");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw DomainException.invalid("percent_range", "Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        }
        if (a.version() != version) {
            throw stale();
        }
        AssignmentStatus to = action.apply(a.status());
        Instant now = clock.instant();
        if (draft) {
            repository.event(id, "DRAFT_REPORT", a.status(), a.status(), note, percent, me.id(), now);
            return a.status();
        }
        LocalDate today = LocalDate.now(clock);
        int newPercent = switch (action) {
            case REPORT_PROGRESS -> percent == null ? a.percent() : percent;
            case REPORT_COMPLETION, CONFIRM -> 100;
            default -> a.percent();
        };
        boolean report = action == AssignmentAction.REPORT_PROGRESS || action == AssignmentAction.REPORT_COMPLETION;
        boolean setCompleted = action == AssignmentAction.REPORT_COMPLETION || action == AssignmentAction.SEND_BACK;
        if (!repository.transition(id, version, to, newPercent,
                action == AssignmentAction.REPORT_COMPLETION ? today : null, setCompleted, report ? now : null)) {
            throw stale();
        }
        repository.event(id, action.name(), a.status(), to, note, report ? newPercent : null, me.id(), now);
        events.publishEvent(new AssignmentChanged(id, action, a.status(), to, me.id()));
        return to;
    }

    /** The assignment's timeline, for those who may see it. */
    @Transactional(readOnly = true)
    public List<AssignmentEvent> timeline(long id) {
        CurrentUser me = CurrentUser.require();
        visible(id, me);
        return repository.timeline(id);
    }

    private AssignmentRepository.State visible(long id, CurrentUser me) {
        AssignmentRepository.State a = repository.find(id).orElse(null);
        if (a == null || (!me.role().seesEverything() && (me.agencyId() == null || a.agencyId() != me.agencyId()))) {
            throw DomainException.notFound("assignment_not_found", "Không tìm thấy nhiệm vụ được giao.");
        }
        return a;
    }

    private static void checkRole(AssignmentAction action, CurrentUser me, boolean draft) {
        boolean allowed = draft
                || (AGENCY_HEAD_ACTIONS.contains(action) && me.role() == Role.AGENCY_HEAD)
                || (SECRETARIAT_ACTIONS.contains(action) && me.has(Role.SECRETARIAT, Role.ADMIN));
        if (!allowed) {
            throw DomainException.forbidden("Vai trò \"" + me.role().label() + "\" không được " + action.label() + ".");
        }
    }

    private static DomainException stale() {
        return DomainException.conflict("stale", "Nhiệm vụ vừa được người khác cập nhật. Hãy tải lại để xem thay đổi;"
                + " nội dung bạn nhập chưa được lưu và vẫn còn trên biểu mẫu.");
    }
}
