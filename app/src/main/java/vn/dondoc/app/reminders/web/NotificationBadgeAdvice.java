package vn.dondoc.app.reminders.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.reminders.NotificationService;

/** The unread count of the header's notification badge, on every page of a signed-in user. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadgeAdvice {

    private final NotificationService notifications;

    NotificationBadgeAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return CurrentUser.get().isPresent() ? notifications.unreadCount() : null;
    }
}
