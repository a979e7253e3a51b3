package vn.dondoc.app.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.dashboard.Dashboard;
import vn.dondoc.app.dashboard.DashboardPeriod;
import vn.dondoc.app.dashboard.DashboardScope;
import vn.dondoc.app.dashboard.DashboardService;

/**
 * The home page: the dashboard of the user's scope (the province for leaders, the secretariat, inspectors and
 * admins; their own agency for agency roles), period and scope in the URL so a view can be bookmarked and sent.
 * The sections of the menu whose modules are not built yet say so instead of pretending.
 */
@Controller
class DashboardController {

    /** Agencies shown before "see all": the worst first, so the ones needing attention are on top. */
    static final int AGENCY_ROWS = 20;

    private final DashboardService dashboards;
    private final AgencyService agencies;
    private final Clock clock;

    DashboardController(DashboardService dashboards, AgencyService agencies, Clock clock) {
        this.dashboards = dashboards;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String scope, @RequestParam(required = false) String period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String sort,
                @RequestParam(name = "agencies", required = false) String agencyRows,
                @RequestParam(name = "notices_page", defaultValue = "0") int noticesPage, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        DashboardPeriod p = DashboardPeriod.resolve(period, from, to, today);
        Dashboard d = dashboards.dashboard(DashboardScope.parse(scope), p, kind, sort, noticesPage);
        boolean province = CurrentUser.require().role().seesEverything();
        model.addAttribute("d", d);
        model.addAttribute("province", province);
        model.addAttribute("kind", kind);
        model.addAttribute("noticesPage", Math.max(0, noticesPage));
        model.addAttribute("allAgencies", "all".equals(agencyRows));
        model.addAttribute("agencyLimit", AGENCY_ROWS);
        model.addAttribute("sort", sort == null ? "rag" : sort);
        model.addAttribute("periodKinds", DashboardPeriod.KINDS);
        model.addAttribute("scopeAgencies", province ? agencies.all().stream().filter(a -> a.active() && !a.group())
                .sorted(Comparator.comparing(Agency::name)).toList() : java.util.List.of());
        Map<String, String> kinds = new LinkedHashMap<>();
        agencies.all().stream().filter(a -> !a.group()).map(Agency::kind).distinct().sorted()
                .forEach(k -> kinds.put(k, dashboards.kindLabel(k)));
        model.addAttribute("kinds", kinds);
        model.addAttribute("trendLabels", d.trend().stream().map(t -> t.periodEnd().format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM"))).toList());
        java.time.format.DateTimeFormatter dm = java.time.format.DateTimeFormatter.ofPattern("dd/MM");
        model.addAttribute("trendRanges", d.trend().stream().map(t -> t.periodStart().format(dm) + "–"
                + t.periodEnd().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).toList());
        model.addAttribute("trendValues", d.trend().stream().map(t -> t.onTimeRate() == null ? null
                : Math.round(t.onTimeRate() * 1000) / 10.0).toList());
        return "dashboard/home";
    }

    @GetMapping({"/indicators", "/budget"})
    String section(jakarta.servlet.http.HttpServletRequest request, Model model) {
        model.addAttribute("sectionKey", "nav." + request.getRequestURI().substring(request.getContextPath().length() + 1));
        return "dashboard/section";
    }
}
