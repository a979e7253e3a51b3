package vn.dondoc.app.reminders.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.reminders.Notification;
import vn.dondoc.app.reminders.NotificationService;

/** The signed-in user's notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Thông báo")
class NotificationApi {

    private final NotificationService notifications;

    NotificationApi(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Latest notifications and the unread count. */
    record NotificationList(long unread, List<Notification> items) {
    }

    @GetMapping
    @Operation(summary = "Thông báo của tôi (mới nhất trước) và số chưa đọc")
    NotificationList list() {
        return new NotificationList(notifications.unreadCount(), notifications.mine());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc (thông báo của người khác: 404)")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Đánh dấu tất cả đã đọc")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }
}
