package vn.dondoc.app.shared;

import java.util.Map;

/**
 * A change worth keeping in the audit log, published by the module that made it, inside the transaction that
 * made it (the log row commits or rolls back with the change).
 *
 * @param entity   what changed: {@code task}, {@code assignment}, {@code notice}, {@code extension}, {@code user} …
 * @param taskId   the task concerned, if any (per-task audit)
 * @param agencyId the agency whose work it is, if any (an agency sees only its own entries)
 * @param summary  one Vietnamese sentence for people
 * @param before   changed fields before, null for a creation
 * @param after    changed fields after
 */
public record Audited(String entity, Long entityId, Long taskId, Long agencyId, Long noticeId, String action,
                      String summary, Map<String, Object> before, Map<String, Object> after, Long actorId) {
}
