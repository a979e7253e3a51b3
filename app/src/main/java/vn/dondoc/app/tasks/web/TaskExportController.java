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
import vn.dondoc.app.tasks.TaskQuery;
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
    void export(TaskQuery query, @RequestParam(required = false) String format, HttpServletResponse response)
            throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.write(query.toFilter(0), f, response);
    }
}
