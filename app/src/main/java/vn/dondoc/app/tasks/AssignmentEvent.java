package vn.dondoc.app.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an assignment's timeline. {@code action} is an {@link AssignmentAction} name, or DRAFT_REPORT /
 * DRAFT_COMPLETION for an officer's draft ({@code draftStatus} PENDING until the head submits or discards it),
 * or bookkeeping such as REASSIGNED_FROM.
 *
 * @param oldDeadline    the deadline before an approved extension, with {@code newDeadline} after it
 * @param confidence     the forecast a progress or completion report (or a draft of one) carried, or null
 * @param confidenceNote the agency's reason for that forecast (always given for amber and red)
 */
public record AssignmentEvent(long id, long assignmentId, String action, AssignmentStatus fromStatus,
                              AssignmentStatus toStatus, String text, Integer percent, Long actorId,
                              String actorName, Instant at, String draftStatus, LocalDate oldDeadline,
                              LocalDate newDeadline, Confidence confidence, String confidenceNote) {

    /** The Vietnamese name of what happened. */
    public String label() {
        return switch (action) {
            case "DRAFT_REPORT" -> "Dự thảo báo cáo tiến độ";
            case "DRAFT_COMPLETION" -> "Dự thảo báo cáo hoàn thành";
            case "REASSIGNED_FROM" -> "Nhận giao lại";
            case "DEADLINE_CHANGED" -> "Điều chỉnh thời hạn";
            default -> {
                try {
                    String l = AssignmentAction.valueOf(action).label();
                    yield Character.toUpperCase(l.charAt(0)) + l.substring(1);
                } catch (IllegalArgumentException e) {
                    yield action;
                }
            }
        };
    }
}
