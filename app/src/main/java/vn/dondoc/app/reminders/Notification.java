package vn.dondoc.app.reminders;

import java.time.Instant;

/** An in-app notification of one user; {@code link} is a path inside dondoc. */
public record Notification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
