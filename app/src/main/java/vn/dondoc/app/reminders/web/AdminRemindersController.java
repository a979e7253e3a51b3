package vn.dondoc.app.reminders.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.reminders.OutboxMail;
import vn.dondoc.app.reminders.OutboxService;
import vn.dondoc.app.reminders.ReminderPolicy;
import vn.dondoc.app.reminders.ReminderPolicyService;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.RunnableJob;

/** Admin pages: the reminder policy with "run now", and the mail outbox. */
@Controller
class AdminRemindersController {

    private final ReminderPolicyService policy;
    private final OutboxService outbox;
    private final List<RunnableJob> jobs;

    AdminRemindersController(ReminderPolicyService policy, OutboxService outbox, List<RunnableJob> jobs) {
        this.policy = policy;
        this.outbox = outbox;
        this.jobs = jobs;
    }

    @GetMapping("/admin/reminders")
    String page(Model model) {
        if (!model.containsAttribute("policy")) {
            model.addAttribute("policy", policy.current());
        }
        model.addAttribute("frequencies", ReminderPolicy.DigestFrequency.values());
        model.addAttribute("jobs", jobs.stream().map(RunnableJob::name).sorted().toList());
        return "reminders/admin-policy";
    }

    @PostMapping("/admin/reminders")
    String save(@RequestParam String daysBefore, @RequestParam(defaultValue = "false") boolean onTheDay,
                @RequestParam ReminderPolicy.DigestFrequency overdueDigest, @RequestParam int escalateSecretariatDays,
                @RequestParam int escalateLeaderDays, @RequestParam int silentMonths,
                @RequestParam int awaitingConfirmationDays, @RequestParam int version, RedirectAttributes redirect) {
        try {
            policy.update(new ReminderPolicy(ReminderPolicy.parseDays(daysBefore), onTheDay, overdueDigest, escalateSecretariatDays,
                    escalateLeaderDays, silentMonths, awaitingConfirmationDays, version));
            redirect.addFlashAttribute("flash", "reminders.policy.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/reminders";
    }

    @PostMapping("/admin/jobs/{name}/run")
    String run(@PathVariable String name, RedirectAttributes redirect) {
        RunnableJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.notFound("job_not_found", "Không có tác vụ \"" + name + "\"."));
        redirect.addFlashAttribute("jobResult", job.runNow());
        return "redirect:/admin/reminders";
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(required = false) OutboxMail.Status status, Model model) {
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("mails", outbox.latest(status, 200));
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxMail.Status.values());
        return "reminders/admin-outbox";
    }
}
