package vn.dondoc.app.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.VnDates;

/**
 * Extension requests (gia hạn): the agency head asks for a later deadline with a reason; the secretariat or a
 * leader approves or rejects. An approved extension moves the assignment's deadline (and its supporters' that
 * followed the same deadline); the task keeps its original deadline and every change stays in the timeline.
 */
@Service
public class ExtensionService {

    private final ExtensionRepository repository;
    private final AssignmentRepository assignments;
    private final AssignmentAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtensionService(ExtensionRepository repository, AssignmentRepository assignments, AssignmentAccess access,
                     ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The agency head asks for {@code deadline}; returns the request's id. */
    @Transactional
    public long request(long assignmentId, LocalDate deadline, String reason, int version) {
        CurrentUser me = CurrentUser.require();
        AssignmentRepository.State a = access.visible(assignmentId, me);
        access.check(AssignmentAction.REQUEST_EXTENSION, me);
        if (deadline == null) {
            throw DomainException.invalid("deadline_required", "Cần chọn thời hạn đề nghị gia hạn.");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("text_required", "Cần nêu lý do xin gia hạn.");
        }
        LocalDate today = LocalDate.now(clock);
        if (deadline.isBefore(today)) {
            throw DomainException.invalid("deadline_past", "Thời hạn đề nghị không được trước ngày hôm nay.");
        }
        if (a.deadline() != null && !deadline.isAfter(a.deadline())) {
            throw DomainException.invalid("deadline_not_later",
                    "Thời hạn đề nghị phải sau thời hạn hiện tại (" + VnDates.DATE.format(a.deadline()) + ").");
        }
        if (a.version() != version) {
            throw AssignmentAccess.stale();
        }
        AssignmentAction.REQUEST_EXTENSION.apply(a.status());
        Instant now = clock.instant();
        long id;
        try {
            id = repository.insert(assignmentId, a.deadline(), deadline, reason.strip(), me.id(), now);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("extension_pending", "Đã có một đề nghị gia hạn đang chờ duyệt cho nhiệm vụ này.");
        }
        if (!assignments.touch(assignmentId, version)) {
            throw AssignmentAccess.stale();
        }
        assignments.event(assignmentId, AssignmentAction.REQUEST_EXTENSION.name(), a.status(), a.status(), reason.strip(),
                null, me.id(), now, null, a.deadline(), deadline);
        events.publishEvent(new Audited("extension", id, a.taskId(), a.agencyId(), null, "REQUEST_EXTENSION",
                a.agencyName() + ": xin gia hạn đến " + VnDates.DATE.format(deadline),
                dates("deadline", a.deadline()), dates("deadline", deadline), me.id()));
        return id;
    }

    /**
     * Approves or rejects a pending request.
     *
     * @param version the request's version the user saw, or null to skip the check (API clients acting on fresh data)
     */
    @Transactional
    public ExtensionRequest decide(long requestId, boolean approve, String note, Integer version) {
        CurrentUser me = CurrentUser.require();
        ExtensionRequest r = repository.find(requestId).orElse(null);
        if (r == null) {
            throw DomainException.notFound("extension_not_found", "Không tìm thấy đề nghị gia hạn.");
        }
        AssignmentRepository.State a = access.visible(r.assignmentId(), me);
        AssignmentAction action = approve ? AssignmentAction.APPROVE_EXTENSION : AssignmentAction.REJECT_EXTENSION;
        access.check(action, me);
        if (!"PENDING".equals(r.status())) {
            throw DomainException.conflict("extension_decided", "Đề nghị gia hạn này đã được xử lý (" + r.statusLabel().toLowerCase() + ").");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!approve && text == null) {
            throw DomainException.invalid("text_required", "Cần nêu lý do không duyệt gia hạn.");
        }
        action.apply(a.status());
        int v = version == null ? r.version() : version;
        Instant now = clock.instant();
        if (!repository.decide(requestId, v, approve ? "APPROVED" : "REJECTED", me.id(), now, text)) {
            throw DomainException.conflict("stale", "Đề nghị gia hạn vừa được người khác xử lý hoặc thay đổi. Hãy tải lại trang.");
        }
        if (approve) {
            List<Long> moved = new ArrayList<>();
            moved.add(a.id());
            if (a.role() == AssignmentRole.LEAD && a.deadline() != null) {
                moved.addAll(assignments.followers(a.taskId(), a.id(), a.deadline()));
            }
            for (long id : moved) {
                assignments.moveDeadline(id, r.requestedDeadline());
                assignments.event(id, action.name(), null, null, text == null ? "Gia hạn đến " + VnDates.DATE.format(r.requestedDeadline()) : text,
                        null, me.id(), now, null, a.deadline(), r.requestedDeadline());
            }
        } else {
            assignments.touch(a.id(), a.version());
            assignments.event(a.id(), action.name(), null, null, text, null, me.id(), now, null, null, null);
        }
        events.publishEvent(new Audited("extension", requestId, a.taskId(), a.agencyId(), null, action.name(),
                a.agencyName() + ": " + action.label() + (approve ? " đến " + VnDates.DATE.format(r.requestedDeadline()) : ""),
                dates("deadline", a.deadline()), approve ? dates("deadline", r.requestedDeadline()) : dates("deadline", a.deadline()),
                me.id()));
        return repository.find(requestId).orElseThrow();
    }

    /** A request as the current user may see it. */
    @Transactional(readOnly = true)
    public ExtensionRequest get(long requestId) {
        CurrentUser me = CurrentUser.require();
        ExtensionRequest r = repository.find(requestId)
                .orElseThrow(() -> DomainException.notFound("extension_not_found", "Không tìm thấy đề nghị gia hạn."));
        try {
            access.visible(r.assignmentId(), me);
        } catch (DomainException e) {
            throw DomainException.notFound("extension_not_found", "Không tìm thấy đề nghị gia hạn.");
        }
        return r;
    }

    /** The requests of an assignment, newest first. */
    @Transactional(readOnly = true)
    public List<ExtensionRequest> ofAssignment(long assignmentId) {
        access.visible(assignmentId, CurrentUser.require());
        return repository.ofAssignment(assignmentId);
    }

    /** Pending requests the current user may see (an agency: its own). */
    @Transactional(readOnly = true)
    public List<ExtensionRequest> pending(int limit) {
        CurrentUser me = CurrentUser.require();
        return repository.pending(me.role().seesEverything() ? null : me.agencyId() == null ? -1L : me.agencyId(), limit);
    }

    private static Map<String, Object> dates(String key, LocalDate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, d == null ? null : d.toString());
        return m;
    }
}
