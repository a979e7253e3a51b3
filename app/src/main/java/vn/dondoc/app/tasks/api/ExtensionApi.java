package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.tasks.ExtensionRequest;
import vn.dondoc.app.tasks.ExtensionService;

/** Deciding extension requests (thường trực, lãnh đạo UBND). */
@RestController
@RequestMapping("/api/v1/extension-requests")
@Tag(name = "Gia hạn")
class ExtensionApi {

    private final ExtensionService extensions;

    ExtensionApi(ExtensionService extensions) {
        this.extensions = extensions;
    }

    /** The decision: a note (required to reject) and optionally the request version seen. */
    record Decision(String note, Integer version) {
    }

    @GetMapping
    @Operation(summary = "Các đề nghị gia hạn đang chờ duyệt (đơn vị: của mình)")
    List<ExtensionRequest> pending() {
        return extensions.pending(500);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đề nghị gia hạn")
    ExtensionRequest get(@PathVariable long id) {
        return extensions.get(id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Duyệt gia hạn: thời hạn của nhiệm vụ được giao chuyển sang ngày đề nghị")
    ExtensionRequest approve(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return extensions.decide(id, true, body == null ? null : body.note(), body == null ? null : body.version());
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Không duyệt gia hạn (kèm lý do)")
    ExtensionRequest reject(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return extensions.decide(id, false, body == null ? null : body.note(), body == null ? null : body.version());
    }
}
