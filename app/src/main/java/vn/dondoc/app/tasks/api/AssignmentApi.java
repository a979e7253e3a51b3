package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.tasks.EvidenceFile;
import vn.dondoc.app.tasks.EvidenceService;
import vn.dondoc.app.tasks.Occurrence;
import vn.dondoc.app.tasks.OccurrenceService;
import vn.dondoc.app.tasks.ExtensionRequest;
import vn.dondoc.app.tasks.ExtensionService;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.tasks.AssignmentAction;
import vn.dondoc.app.tasks.AssignmentEvent;
import vn.dondoc.app.tasks.AssignmentService;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.shared.DomainException;

/** Reporting on an assignment and the secretariat's decisions. Every call carries the version it acts on. */
@RestController
@RequestMapping("/api/v1/assignments")
@Tag(name = "Nhiệm vụ được giao")
class AssignmentApi {

    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final EvidenceService evidence;
    private final OccurrenceService occurrences;

    AssignmentApi(AssignmentService assignments, ExtensionService extensions, EvidenceService evidence,
                  OccurrenceService occurrences) {
        this.assignments = assignments;
        this.extensions = extensions;
        this.evidence = evidence;
        this.occurrences = occurrences;
    }

    /**
     * Body of every action: the text (report or reason), a percentage for progress, the version read; the head
     * may submit an officer's pending {@code draft}; {@code evidence} lists files uploaded with
     * {@code POST /assignments/{id}/evidence} that belong to this report. Progress and completion reports may carry
     * {@code confidence}, the forecast of meeting the deadline ({@code green}, {@code amber}, {@code red}), and
     * {@code confidence_note}, required for amber and red; without {@code confidence} the latest rating stays (a
     * submitted draft keeps the officer's).
     */
    record ActionRequest(String text, Integer percent, Integer version, Long draft, List<Long> evidence,
                         @Schema(allowableValues = {"green", "amber", "red"}) String confidence,
                         String confidence_note) {
    }

    /** An extension request: the new deadline and the reason. */
    record ExtensionBody(LocalDate deadline, String reason, Integer version) {
    }

    /** Reassigning a declined assignment to another agency. */
    record ReassignBody(Long agency, String reason, Integer version) {
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Tiếp nhận nhiệm vụ mới giao (cán bộ của cơ quan được giao)")
    Map<String, Object> acknowledge(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.ACKNOWLEDGE, body);
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "Báo cáo tiến độ (chuyên viên: bản nháp cho lãnh đạo đơn vị; lãnh đạo đơn vị: gửi)",
            description = "confidence: khả năng hoàn thành đúng hạn (green, amber, red); confidence_note bắt buộc khi amber hoặc red.")
    Map<String, Object> report(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.REPORT_PROGRESS, body);
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Báo cáo hoàn thành (chuyên viên: bản nháp; lãnh đạo đơn vị: gửi thường trực xác nhận)",
            description = "confidence: khả năng hoàn thành đúng hạn (green, amber, red); confidence_note bắt buộc khi amber hoặc red.")
    Map<String, Object> completion(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.REPORT_COMPLETION, body);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Từ chối nhiệm vụ giao không đúng (lãnh đạo đơn vị, kèm lý do)")
    Map<String, Object> decline(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.DECLINE, body);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Xác nhận hoàn thành (thường trực)")
    Map<String, Object> confirm(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.CONFIRM, body);
    }

    @PostMapping("/{id}/send-back")
    @Operation(summary = "Yêu cầu thực hiện lại (thường trực, kèm lý do)")
    Map<String, Object> sendBack(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.SEND_BACK, body);
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Tạm hoãn (thường trực, kèm lý do)")
    Map<String, Object> suspend(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.SUSPEND, body);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Tiếp tục thực hiện nhiệm vụ đang tạm hoãn (thường trực)")
    Map<String, Object> resume(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.RESUME, body);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy (thường trực, kèm lý do)")
    Map<String, Object> cancel(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.CANCEL, body);
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Giao lại nhiệm vụ bị từ chối cho cơ quan khác (thường trực)")
    Map<String, Object> reassign(@PathVariable long id, @RequestBody ReassignBody body) {
        if (body == null || body.version() == null || body.agency() == null) {
            throw DomainException.invalid("agency_required", "Cần chọn cơ quan nhận giao lại và gửi version.");
        }
        long created = assignments.reassign(id, body.agency(), body.reason(), body.version());
        return Map.of("id", id, "status", AssignmentStatus.CANCELLED, "replacement", created);
    }

    @PostMapping("/{id}/extension-requests")
    @Operation(summary = "Xin gia hạn (lãnh đạo đơn vị: thời hạn mới và lý do)")
    ResponseEntity<ExtensionRequest> requestExtension(@PathVariable long id, @RequestBody ExtensionBody body) {
        if (body == null || body.version() == null) {
            throw DomainException.invalid("version_required", "Cần gửi version (phiên bản nhiệm vụ đã xem).");
        }
        long request = extensions.request(id, body.deadline(), body.reason(), body.version());
        return ResponseEntity.status(HttpStatus.CREATED).body(extensions.get(request));
    }

    @GetMapping("/{id}/extension-requests")
    @Operation(summary = "Các đề nghị gia hạn của nhiệm vụ được giao")
    List<ExtensionRequest> extensionRequests(@PathVariable long id) {
        return extensions.ofAssignment(id);
    }

    @PostMapping("/{id}/drafts/{draft}/discard")
    @Operation(summary = "Không sử dụng dự thảo báo cáo của chuyên viên (lãnh đạo đơn vị)")
    Map<String, Object> discard(@PathVariable long id, @PathVariable long draft) {
        assignments.discardDraft(id, draft);
        return Map.of("id", id, "draft", draft, "draft_status", "DISCARDED");
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Đính kèm tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 20 MB), rồi gửi id trong báo cáo")
    ResponseEntity<EvidenceFile> attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        EvidenceService.checkSize(file.getOriginalFilename(), file.getSize());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(evidence.attach(id, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "Các tệp minh chứng của nhiệm vụ được giao")
    List<EvidenceFile> evidence(@PathVariable long id) {
        return evidence.ofAssignment(id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Diễn biến của nhiệm vụ được giao")
    List<AssignmentEvent> timeline(@PathVariable long id) {
        return assignments.timeline(id);
    }

    @GetMapping("/{id}/occurrences")
    @Operation(summary = "Các kỳ báo cáo của nhiệm vụ định kỳ: hạn, ngày báo cáo, đánh giá (ON_TIME, LATE, OVERDUE, UPCOMING)")
    List<Occurrence> occurrences(@PathVariable long id) {
        return occurrences.ofAssignment(id);
    }

    private Map<String, Object> act(long id, AssignmentAction action, ActionRequest body) {
        if (body == null || body.version() == null) {
            throw DomainException.invalid("version_required", "Cần gửi version (phiên bản nhiệm vụ đã xem).");
        }
        AssignmentStatus status = assignments.act(id, action,
                new AssignmentService.Input(body.text(), body.percent(), body.version(), body.draft(), body.evidence(),
                        Confidence.parse(body.confidence()), body.confidence_note()));
        return Map.of("id", id, "status", status);
    }
}
