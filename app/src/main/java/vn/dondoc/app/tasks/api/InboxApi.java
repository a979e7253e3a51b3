package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.tasks.Inbox;
import vn.dondoc.app.tasks.InboxService;

/** The current user's inbox by section. */
@RestController
@Tag(name = "Nhiệm vụ")
class InboxApi {

    private final InboxService inbox;

    InboxApi(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    @Operation(summary = "Việc cần xử lý: đơn vị — mới giao, sắp đến hạn, quá hạn, bị yêu cầu làm lại, dự thảo chờ duyệt;"
            + " thường trực — chờ xác nhận, xin gia hạn, bị từ chối, quá hạn trên 30 ngày")
    Inbox mine() {
        return inbox.mine();
    }
}
