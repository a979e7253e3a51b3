package vn.dondoc.app.audit;

import java.time.LocalDate;

/** Filters of the audit log; null means any. {@code q} searches the summary, diacritics ignored. */
public record AuditQuery(Long taskId, Long actorId, String entity, String action, LocalDate from, LocalDate to, String q,
                         int page, int size) {
    public AuditQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }

    public static AuditQuery ofTask(long taskId) {
        return new AuditQuery(taskId, null, null, null, null, null, null, 0, 500);
    }
}
