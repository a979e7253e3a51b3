package vn.dondoc.app.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;

/**
 * What agencies and the secretariat do to an assignment: acknowledging, progress reports (an officer's are drafts
 * the head submits or discards), completion, decline, confirmation, sending back, suspending, cancelling,
 * reassigning declined work. Each use case checks the role ({@link AssignmentPermissions}), the agency, the state
 * ({@link AssignmentAction}) and the version the user saw; each change is audited.
 */
@Service
public class AssignmentService {

    private static final Set<AssignmentAction> NEED_TEXT = EnumSet.of(AssignmentAction.REPORT_PROGRESS,
            AssignmentAction.REPORT_COMPLETION, AssignmentAction.DECLINE, AssignmentAction.SEND_BACK,
            AssignmentAction.SUSPEND, AssignmentAction.CANCEL);
    private static final Set<AssignmentStatus> CLOSES_EXTENSIONS = EnumSet.of(AssignmentStatus.DONE,
            AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED);

    private final AssignmentRepository repository;
    private final AssignmentAccess access;
    private final ExtensionRepository extensions;
    private final EvidenceService evidence;
    private final OccurrenceService occurrences;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository repository, AssignmentAccess access, ExtensionRepository extensions,
                      EvidenceService evidence, OccurrenceService occurrences, ApplicationEventPublisher events,
                      Clock clock) {
        this.repository = repository;
        this.access = access;
        this.extensions = extensions;
        this.evidence = evidence;
        this.occurrences = occurrences;
        this.events = events;
        this.clock = clock;
    }

    /** An assignment changed state. */
    public record AssignmentChanged(long assignmentId, AssignmentAction action, AssignmentStatus from,
                                    AssignmentStatus to, long actorId) {
    }

    /**
     * What the user sent with an action.
     *
     * @param version        the assignment version the user saw; a newer one means someone acted meanwhile (409)
     * @param draftId        an officer's pending draft the head submits (its text, percentage, rating and evidence
     *                       are used unless the head changed them)
     * @param evidenceIds    evidence files uploaded to the assignment and not yet part of a report
     * @param confidence     the forecast of meeting the deadline, for a progress or completion report; null keeps
     *                       the assignment's latest rating (API clients that don't rate)
     * @param confidenceNote why; required for amber and red
     */
    public record Input(String text, Integer percent, int version, Long draftId, List<Long> evidenceIds,
                        Confidence confidence, String confidenceNote) {
        public Input {
            evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        }

        /** Without a rating. */
        public Input(String text, Integer percent, int version, Long draftId, List<Long> evidenceIds) {
            this(text, percent, version, draftId, evidenceIds, null, null);
        }

        public static Input of(String text, Integer percent, int version) {
            return new Input(text, percent, version, null, List.of());
        }
    }

    /** The Vietnamese message when amber or red comes without a reason. */
    public static final String NOTE_REQUIRED = "Cần ghi rõ lý do khi đánh giá mức vàng hoặc đỏ.";

    /** Performs {@code action} as the current user; see {@link #act(long, AssignmentAction, Input)}. */
    @Transactional
    public AssignmentStatus act(long id, AssignmentAction action, String text, Integer percent, int version) {
        return act(id, action, Input.of(text, percent, version));
    }

    /**
     * Performs {@code action} on the assignment as the current user.
     *
     * @return the status after the action (unchanged for an officer's draft)
     */
    @Transactional
    public AssignmentStatus act(long id, AssignmentAction action, Input in) {
        CurrentUser me = CurrentUser.require();
        AssignmentRepository.State a = access.visible(id, me);
        boolean draft = AssignmentPermissions.drafts(me.role(), action);
        if (!draft) {
            access.check(action, me);
        }
        if (action == AssignmentAction.REQUEST_EXTENSION || action == AssignmentAction.REASSIGN
                || action == AssignmentAction.APPROVE_EXTENSION || action == AssignmentAction.REJECT_EXTENSION) {
            throw new IllegalArgumentException(action + " has its own use case");
        }
        AssignmentRepository.Draft submitted = in.draftId() == null ? null : pendingDraft(a, in.draftId(), action);
        String note = in.text() == null || in.text().isBlank()
                ? (submitted == null ? null : submitted.text()) : in.text().strip();
        Integer percent = in.percent() != null ? in.percent() : submitted == null ? null : submitted.percent();
        if (NEED_TEXT.contains(action) && note == null) {
            throw DomainException.invalid("text_required", "Cần nhập nội dung (báo cáo hoặc lý do) để " + action.label() + ".");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw DomainException.invalid("percent_range", "Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        }
        boolean report = action == AssignmentAction.REPORT_PROGRESS || action == AssignmentAction.REPORT_COMPLETION;
        Rated rating = rated(action, report, in, submitted);
        if (a.version() != in.version()) {
            throw AssignmentAccess.stale();
        }
        AssignmentStatus to = action.apply(a.status());
        Instant now = clock.instant();
        Confidence confidence = rating == null ? null : rating.confidence();
        String confidenceNote = rating == null ? null : rating.note();
        if (draft) {
            String kind = action == AssignmentAction.REPORT_COMPLETION ? "DRAFT_COMPLETION" : "DRAFT_REPORT";
            long event = repository.event(id, kind, a.status(), a.status(), note, percent, me.id(), now, "PENDING", null,
                    null, confidence, confidenceNote);
            linkEvidence(a, in.evidenceIds(), event);
            audit(a, me, kind, "dự thảo " + action.label() + " chờ lãnh đạo đơn vị duyệt" + rated(rating), a.status(),
                    a.status(), note, null, rating);
            return a.status();
        }
        int newPercent = switch (action) {
            case REPORT_PROGRESS -> percent == null ? a.percent() : percent;
            case REPORT_COMPLETION, CONFIRM -> 100;
            default -> a.percent();
        };
        boolean setCompleted = action == AssignmentAction.REPORT_COMPLETION || action == AssignmentAction.SEND_BACK;
        Boolean sentBack = action == AssignmentAction.SEND_BACK ? Boolean.TRUE
                : action == AssignmentAction.REPORT_COMPLETION ? Boolean.FALSE : null;
        if (!repository.transition(id, in.version(), to, newPercent,
                action == AssignmentAction.REPORT_COMPLETION ? LocalDate.now(clock) : null, setCompleted,
                report ? now : null, sentBack)) {
            throw AssignmentAccess.stale();
        }
        long event = repository.event(id, action.name(), a.status(), to, note, report ? newPercent : null, me.id(), now,
                null, null, null, confidence, confidenceNote);
        if (rating != null) {
            repository.rate(id, confidence, confidenceNote, now);
        }
        if (submitted != null) {
            repository.closeDraft(submitted.id(), "SUBMITTED");
            repository.moveEvidence(submitted.id(), event);
        }
        linkEvidence(a, in.evidenceIds(), event);
        if (report) {
            occurrences.recordReport(id, event, now);
        }
        if (CLOSES_EXTENSIONS.contains(to)) {
            extensions.closePending(id, "Tự động đóng: nhiệm vụ chuyển sang trạng thái \"" + to.label() + "\".", now);
        }
        audit(a, me, action.name(), action.label() + (report ? " (" + newPercent + "%)" : "") + rated(rating),
                a.status(), to, note, a.confidence(), rating);
        events.publishEvent(new AssignmentChanged(id, action, a.status(), to, me.id()));
        return to;
    }

    /**
     * The rating a report carries: the one sent, else the submitted draft's; the note sent, else the draft's when the
     * rating is the draft's. None for a report without one (the latest rating stays). Amber and red need a note; only
     * reports are rated.
     */
    private static Rated rated(AssignmentAction action, boolean report, Input in,
                                           AssignmentRepository.Draft submitted) {
        String sentNote = in.confidenceNote() == null || in.confidenceNote().isBlank() ? null : in.confidenceNote().strip();
        if (!report) {
            if (in.confidence() != null || sentNote != null) {
                throw DomainException.invalid("confidence_not_applicable",
                        "Chỉ báo cáo tiến độ và báo cáo hoàn thành mới kèm đánh giá khả năng hoàn thành đúng hạn, không dùng khi "
                                + action.label() + ".");
            }
            return null;
        }
        Confidence confidence = in.confidence() != null ? in.confidence() : submitted == null ? null : submitted.confidence();
        String note = sentNote != null ? sentNote
                : submitted != null && confidence != null && confidence == submitted.confidence() ? submitted.confidenceNote()
                : null;
        if (confidence == null) {
            if (note != null) {
                throw DomainException.invalid("confidence_required",
                        "Cần chọn mức đánh giá (xanh, vàng hoặc đỏ) cho lý do đã ghi.");
            }
            return null;
        }
        if (confidence.needsNote() && note == null) {
            throw DomainException.invalid("confidence_note_required", NOTE_REQUIRED);
        }
        return new Rated(confidence, note);
    }

    /** A rating sent with a report. */
    private record Rated(Confidence confidence, String note) {
    }

    private static String rated(Rated rating) {
        return rating == null ? "" : "; đánh giá: " + rating.confidence().label().toLowerCase(java.util.Locale.ROOT);
    }

    /** The assignment's latest rating (null when none was given yet), for those who may see it. */
    @Transactional(readOnly = true)
    public ConfidenceRating rating(long id) {
        access.visible(id, CurrentUser.require());
        return repository.rating(id).orElse(null);
    }

    /** A file sent with a report from a page. */
    public record NewFile(String name, byte[] content) {
    }

    /**
     * Stores the files as evidence and performs the action with them, all or nothing (a refused report keeps no
     * orphaned files).
     */
    @Transactional
    public AssignmentStatus actWithFiles(long id, AssignmentAction action, Input in, List<NewFile> files) {
        List<Long> ids = new java.util.ArrayList<>(in.evidenceIds());
        for (NewFile f : files) {
            ids.add(evidence.attach(id, f.name(), f.content()).id());
        }
        return act(id, action, new Input(in.text(), in.percent(), in.version(), in.draftId(), ids, in.confidence(),
                in.confidenceNote()));
    }

    /** The head sets an officer's draft aside without submitting it. */
    @Transactional
    public void discardDraft(long assignmentId, long draftId) {
        CurrentUser me = CurrentUser.require();
        AssignmentRepository.State a = access.visible(assignmentId, me);
        access.check(AssignmentAction.REPORT_PROGRESS, me);
        AssignmentRepository.Draft d = repository.pendingDraft(draftId).filter(x -> x.assignmentId() == assignmentId)
                .orElseThrow(() -> DomainException.notFound("draft_not_found", "Không tìm thấy dự thảo báo cáo đang chờ duyệt."));
        repository.closeDraft(d.id(), "DISCARDED");
        audit(a, me, "DISCARD_DRAFT", "không sử dụng dự thảo báo cáo của chuyên viên", a.status(), a.status(), d.text());
    }

    /**
     * The secretariat gives a declined assignment to another agency: a new assignment (same role and deadline)
     * is created and the declined one is closed.
     *
     * @return the new assignment's id
     */
    @Transactional
    public long reassign(long id, long agencyId, String reason, int version) {
        CurrentUser me = CurrentUser.require();
        AssignmentRepository.State a = access.visible(id, me);
        access.check(AssignmentAction.REASSIGN, me);
        if (a.version() != version) {
            throw AssignmentAccess.stale();
        }
        AssignmentStatus to = AssignmentAction.REASSIGN.apply(a.status());
        if (repository.agencyOnTask(a.taskId(), agencyId, a.role())) {
            throw DomainException.invalid("agency_already_assigned",
                    "Cơ quan này đã được giao nhiệm vụ với vai trò " + a.role().label().toLowerCase() + ".");
        }
        long replacement;
        try {
            replacement = repository.insertReplacement(a, agencyId);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw DomainException.invalid("agency_unknown", "Không tìm thấy cơ quan, đơn vị được chọn.");
        }
        if (!repository.transition(id, version, to, a.percent(), null, false, null, null)) {
            throw AssignmentAccess.stale();
        }
        repository.replacedBy(id, replacement);
        Instant now = clock.instant();
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        repository.event(id, AssignmentAction.REASSIGN.name(), a.status(), to, note, null, me.id(), now);
        repository.event(replacement, "REASSIGNED_FROM", null, AssignmentStatus.ASSIGNED,
                "Giao lại thay " + a.agencyName() + (note == null ? "" : ": " + note), null, me.id(), now);
        AssignmentRepository.State created = repository.find(replacement).orElseThrow();
        events.publishEvent(new Audited("assignment", replacement, a.taskId(), agencyId, null, "REASSIGN",
                "Giao lại nhiệm vụ từ " + a.agencyName() + " cho " + created.agencyName(),
                Map.of("agency", a.agencyName()), Map.of("agency", created.agencyName()), me.id()));
        events.publishEvent(new AssignmentChanged(id, AssignmentAction.REASSIGN, a.status(), to, me.id()));
        return replacement;
    }

    /** The assignment's timeline, for those who may see it. */
    @Transactional(readOnly = true)
    public List<AssignmentEvent> timeline(long id) {
        access.visible(id, CurrentUser.require());
        return repository.timeline(id);
    }

    private AssignmentRepository.Draft pendingDraft(AssignmentRepository.State a, long draftId, AssignmentAction action) {
        AssignmentRepository.Draft d = repository.pendingDraft(draftId).filter(x -> x.assignmentId() == a.id())
                .orElseThrow(() -> DomainException.conflict("draft_not_pending",
                        "Dự thảo báo cáo không còn chờ duyệt (đã được gửi hoặc bỏ)."));
        String expected = action == AssignmentAction.REPORT_COMPLETION ? "DRAFT_COMPLETION" : "DRAFT_REPORT";
        if (!d.action().equals(expected) && !(action == AssignmentAction.REPORT_COMPLETION)) {
            throw DomainException.invalid("draft_kind", "Dự thảo này là báo cáo hoàn thành; hãy gửi bằng \"Báo cáo hoàn thành\".");
        }
        return d;
    }

    private void linkEvidence(AssignmentRepository.State a, List<Long> evidenceIds, long event) {
        if (repository.linkEvidence(a.id(), evidenceIds, event) != evidenceIds.size()) {
            throw DomainException.invalid("evidence_unknown",
                    "Tệp minh chứng không thuộc nhiệm vụ này hoặc đã gắn với báo cáo khác.");
        }
    }

    private void audit(AssignmentRepository.State a, CurrentUser me, String action, String what, AssignmentStatus from,
                       AssignmentStatus to, String note) {
        audit(a, me, action, what, from, to, note, null, null);
    }

    /** With the rating a report carried ({@code previous}: the latest rating it replaces, for a submitted report). */
    private void audit(AssignmentRepository.State a, CurrentUser me, String action, String what, AssignmentStatus from,
                       AssignmentStatus to, String note, Confidence previous, Rated rating) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", from.name());
        if (rating != null && previous != null) {
            before.put("confidence", previous.name());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (note != null) {
            after.put("text", note);
        }
        if (rating != null) {
            after.put("confidence", rating.confidence().name());
            if (rating.note() != null) {
                after.put("confidence_note", rating.note());
            }
        }
        String change = from == to ? "" : " (" + from.label() + " → " + to.label() + ")";
        events.publishEvent(new Audited("assignment", a.id(), a.taskId(), a.agencyId(), null, action,
                a.agencyName() + ": " + what + change, before, after, me.id()));
    }
}
