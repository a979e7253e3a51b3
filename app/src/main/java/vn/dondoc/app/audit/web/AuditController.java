package vn.dondoc.app.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.audit.AuditLog;
import vn.dondoc.app.audit.AuditQuery;

/** The audit log pages: the whole log (admins, inspectors) with filters and CSV export, and one task's entries. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String entity, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @RequestParam(required = false) Long task,
                @RequestParam(defaultValue = "0") int page, Model model) {
        AuditLog.AuditPage result = audit.find(new AuditQuery(task, null, entity, action, from, to, q, page, 50));
        model.addAttribute("result", result);
        model.addAttribute("entity", entity);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", q);
        model.addAttribute("task", task);
        model.addAttribute("hasNext", (long) (page + 1) * result.size() < result.total());
        return "audit/list";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String entity, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @RequestParam(required = false) Long task,
                HttpServletResponse response) throws IOException {
        AuditCsv.write(audit, new AuditQuery(task, null, entity, action, from, to, q, 0, 500), response);
    }

    @GetMapping("/audit/task/{id}")
    String ofTask(@PathVariable long id, Model model) {
        model.addAttribute("entries", audit.find(AuditQuery.ofTask(id)).items());
        model.addAttribute("task", id);
        return "audit/task :: entries";
    }
}
