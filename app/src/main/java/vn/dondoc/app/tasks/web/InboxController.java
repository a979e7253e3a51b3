package vn.dondoc.app.tasks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.tasks.InboxService;

/** "Việc cần xử lý": an agency's work by urgency, the secretariat's and leaders' pending decisions. */
@Controller
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("inbox", inbox.mine());
        model.addAttribute("agencyView", !CurrentUser.require().role().seesEverything());
        return "tasks/inbox";
    }
}
