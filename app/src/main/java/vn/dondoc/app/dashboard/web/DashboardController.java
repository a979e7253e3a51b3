package vn.dondoc.app.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;

/**
 * The overview page, and the sections of the menu whose modules are not built yet (they say so
 * instead of pretending).
 */
@Controller
class DashboardController {

    private final AgencyService agencies;
    private final Clock clock;

    DashboardController(AgencyService agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = CurrentUser.get().orElseThrow();
        model.addAttribute("agencyName", me.agencyId() == null ? null
                : agencies.find(me.agencyId()).map(Agency::name).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return "dashboard/home";
    }

    @GetMapping({"/indicators", "/budget"})
    String section(jakarta.servlet.http.HttpServletRequest request, Model model) {
        model.addAttribute("sectionKey", "nav." + request.getRequestURI().substring(request.getContextPath().length() + 1));
        return "dashboard/section";
    }
}
