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
import vn.dondoc.app.tasks.TaskQuery;
import org.springdoc.core.annotations.ParameterObject;
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
    void export(@ParameterObject TaskQuery query, @RequestParam(required = false) String format, HttpServletResponse response)
            throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.write(query.toFilter(0), f, response);
    }
}
