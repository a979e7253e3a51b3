package vn.dondoc.app.audit;

import java.time.Instant;

/** One row of the audit log; before and after are the changed fields as JSON text. */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, String entity, Long entityId, Long taskId,
                         Long agencyId, Long noticeId, String action, String summary, String before, String after) {
}
