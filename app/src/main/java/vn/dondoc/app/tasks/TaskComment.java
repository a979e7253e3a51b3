package vn.dondoc.app.tasks;

import java.time.Instant;

/**
 * A comment or direction on a task. {@code assignmentId} null: on the whole task (seen by every agency of the
 * task); otherwise on one agency's assignment (seen by that agency and the province).
 */
public record TaskComment(long id, long taskId, Long assignmentId, String agencyName, String authorName,
                          String authorRole, String text, Instant at) {
}
