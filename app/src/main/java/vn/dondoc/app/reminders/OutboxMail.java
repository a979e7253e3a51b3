package vn.dondoc.app.reminders;

import java.time.Instant;

/** A mail in the outbox as admins see it. */
public record OutboxMail(long id, Long userId, String to, String subject, Status status, int attempts, String lastError,
                         Instant nextAttemptAt, Instant createdAt, Instant sentAt) {

    /** QUEUED: waiting (or no SMTP configured); SENT; FAILED: last attempt failed, retried at {@code nextAttemptAt}. */
    public enum Status { QUEUED, SENT, FAILED }
}
