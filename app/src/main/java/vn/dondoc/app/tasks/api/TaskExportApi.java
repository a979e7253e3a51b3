package vn.dondoc.app.tasks.api;

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
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskSort;
import vn.dondoc.app.tasks.Timeliness;
import vn.dondoc.app.tasks.exchange.ExportFormat;
import vn.dondoc.app.tasks.exchange.TaskExporter;

/** Export of the task list: the same filters, scope and timeliness as {@code GET /api/v1/tasks}, every row. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Nhiệm vụ")
class TaskExportApi {

    private final TaskExporter exporter;

    TaskExportApi(TaskExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/export")
    @Operation(summary = "Xuất danh sách nhiệm vụ theo bộ lọc ra XLSX hoặc CSV (mọi dòng, không phân trang)")
    void export(@RequestParam(required = false) Long agency,
                @RequestParam(required = false) AssignmentRole role,
                @RequestParam(required = false) AssignmentStatus state,
                @RequestParam(required = false) Timeliness timeliness,
                @RequestParam(required = false) Long notice,
                @RequestParam(required = false) String q,
                @RequestParam(name = "deadline_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(name = "deadline_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String format,
                HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.write(new TaskFilter(agency, role, state, timeliness, notice, q, from, to, TaskSort.parse(sort), 0, 0),
                f, response);
    }
}
