package vn.dondoc.app.reminders.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.reminders.NotificationService;

/** The notification centre page: the user's notifications, mark one or all read. */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    private final NotificationService notifications;

    NotificationsController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return "reminders/notifications";
    }

    /** Marks read, then opens the notification's link when asked to. */
    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @RequestParam(required = false) String open) {
        notifications.markRead(id);
        boolean local = open != null && open.startsWith("/") && !open.startsWith("//");
        return "redirect:" + (local ? open : "/notifications");
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "reminders.notifications.allRead");
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
