package vn.dondoc.app.reporting.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.reporting.ReportFormat;
import vn.dondoc.app.reporting.ReportKind;
import vn.dondoc.app.reporting.ReportRequest;
import vn.dondoc.app.reporting.ReportService;
import vn.dondoc.app.reporting.Scorecard;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.TaskService;

/** The reports page (form, list with htmx-polled progress, downloads) and the agency scorecard page. */
@Controller
class ReportsController {

    private final ReportService reports;
    private final AgencyService agencies;
    private final TaskService tasks;

    ReportsController(ReportService reports, AgencyService agencies, TaskService tasks) {
        this.reports = reports;
        this.agencies = agencies;
        this.tasks = tasks;
    }

    @GetMapping("/reports")
    String page(Model model) {
        CurrentUser me = CurrentUser.require();
        LocalDate[] period = reports.lastTwoWeeks();
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("province", me.role().seesEverything());
        model.addAttribute("ownAgency", me.agencyId());
        model.addAttribute("agencies", me.role().seesEverything() ? agencies.all() : java.util.List.of());
        model.addAttribute("notices", me.role().seesEverything() ? tasks.noticesWithTasks() : java.util.List.of());
        model.addAttribute("reports", reports.recent(50));
        return "reporting/index";
    }

    @GetMapping("/reports/list")
    String list(Model model) {
        model.addAttribute("reports", reports.recent(50));
        return "reporting/index :: list";
    }

    @PostMapping("/reports")
    String create(@RequestParam String kind, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "all") String scope, @RequestParam(defaultValue = "docx") String format,
                  RedirectAttributes redirect) {
        try {
            reports.request(new ReportRequest(ReportKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), from, to,
                    scope, ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT))));
            redirect.addFlashAttribute("queued", true);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("invalidForm", true);
        }
        return "redirect:/reports";
    }

    @GetMapping("/reports/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        ReportService.Download d = reports.file(id);
        return attachment(d.fileName(), d.mediaType(), d.content());
    }

    @GetMapping("/reports/scorecard")
    String scorecard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Long agency, Model model) {
        LocalDate[] period = defaults(from, to);
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("agency", agency);
        model.addAttribute("card", reports.scorecard(period[0], period[1], agency));
        return "reporting/scorecard";
    }

    @GetMapping("/reports/scorecard.xlsx")
    ResponseEntity<byte[]> scorecardXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Long agency) {
        LocalDate[] period = defaults(from, to);
        Scorecard card = reports.scorecard(period[0], period[1], agency);
        return attachment("danh-gia-co-quan-" + period[0] + "-" + period[1] + ".xlsx", ReportFormat.XLSX.mediaType(),
                reports.scorecardXlsx(card));
    }

    private LocalDate[] defaults(LocalDate from, LocalDate to) {
        LocalDate[] period = reports.lastTwoWeeks();
        return new LocalDate[] {from == null ? period[0] : from, to == null ? period[1] : to};
    }

    private static ResponseEntity<byte[]> attachment(String name, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(mediaType)).body(content);
    }
}
