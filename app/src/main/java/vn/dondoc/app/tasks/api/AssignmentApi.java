package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import vn.dondoc.app.shared.DomainException;

/** Reporting on an assignment and the secretariat's decisions. Every call carries the version it acts on. */
@RestController
@RequestMapping("/api/v1/assignments")
@Tag(name = "Nhiệm vụ được giao")
class AssignmentApi {

    private final AssignmentService assignments;

    AssignmentApi(AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** Body of every action: the text (report or reason), a percentage for progress, the version read. */
    record ActionRequest(String text, Integer percent, Integer version) {
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "Báo cáo tiến độ (chuyên viên: bản nháp cho lãnh đạo đơn vị; lãnh đạo đơn vị: gửi)")
    Map<String, Object> report(@PathVariable long id, @RequestBody ActionRequest body) {
        return act(id, AssignmentAction.REPORT_PROGRESS, body);
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Báo cáo hoàn thành (lãnh đạo đơn vị)")
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

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Diễn biến của nhiệm vụ được giao")
    List<AssignmentEvent> timeline(@PathVariable long id) {
        return assignments.timeline(id);
    }

    private Map<String, Object> act(long id, AssignmentAction action, ActionRequest body) {
        if (body == null || body.version() == null) {
            throw DomainException.invalid("version_required", "Cần gửi version (phiên bản nhiệm vụ đã xem).");
        }
        AssignmentStatus status = assignments.act(id, action, body.text(), body.percent(), body.version());
        return Map.of("id", id, "status", status);
    }
}
