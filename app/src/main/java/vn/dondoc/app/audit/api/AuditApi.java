package vn.dondoc.app.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.audit.AuditLog;
import vn.dondoc.app.audit.AuditQuery;
import vn.dondoc.app.audit.web.AuditCsv;

/** The audit log: per task for whoever sees the task, globally for admins and inspectors. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký thay đổi")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Nhật ký thay đổi (ai, khi nào, thay đổi gì, trước → sau), mới nhất trước")
    AuditLog.AuditPage find(@RequestParam(required = false) Long task, @RequestParam(required = false) Long actor,
                            @RequestParam(required = false) String entity, @RequestParam(required = false) String action,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        return audit.find(new AuditQuery(task, actor, entity, action, from, to, q, page, size));
    }

    @GetMapping("/export")
    @Operation(summary = "Xuất nhật ký theo bộ lọc ra CSV")
    void export(@RequestParam(required = false) Long task, @RequestParam(required = false) Long actor,
                @RequestParam(required = false) String entity, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        AuditCsv.write(audit, new AuditQuery(task, actor, entity, action, from, to, q, 0, 500), response);
    }
}
