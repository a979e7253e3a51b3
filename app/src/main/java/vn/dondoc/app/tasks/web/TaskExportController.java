package vn.dondoc.app.tasks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskSort;
import vn.dondoc.app.tasks.Timeliness;
import vn.dondoc.app.tasks.exchange.ExportFormat;
import vn.dondoc.app.tasks.exchange.TaskExporter;

/** Download of the task list as it is filtered on the page (the list's parameters, every row). */
@Controller
class TaskExportController {

    private final TaskExporter exporter;

    TaskExportController(TaskExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/tasks/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) AssignmentStatus state,
                @RequestParam(required = false) Timeliness timeliness, @RequestParam(required = false) AssignmentRole role,
                @RequestParam(required = false) Long notice, @RequestParam(required = false) Long agency,
                @RequestParam(name = "deadline_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(name = "deadline_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String format,
                HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.write(new TaskFilter(agency, role, state, timeliness, notice, q, from, to, TaskSort.parse(sort), 0, 0),
                f, response);
    }
}
