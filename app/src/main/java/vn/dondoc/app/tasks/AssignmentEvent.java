package vn.dondoc.app.tasks;

import java.time.Instant;

/** One entry of an assignment's timeline. {@code action} is an {@link AssignmentAction} name or DRAFT_REPORT. */
public record AssignmentEvent(long id, long assignmentId, String action, AssignmentStatus fromStatus,
                              AssignmentStatus toStatus, String text, Integer percent, Long actorId,
                              String actorName, Instant at) {
}
