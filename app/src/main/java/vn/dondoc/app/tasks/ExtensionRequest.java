package vn.dondoc.app.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency's request for a later deadline and the decision on it.
 *
 * @param status PENDING, APPROVED or REJECTED
 */
public record ExtensionRequest(long id, long assignmentId, long taskId, String agencyName, LocalDate currentDeadline,
                               LocalDate requestedDeadline, String reason, String status, String requestedByName,
                               Instant requestedAt, String decidedByName, Instant decidedAt, String decisionNote,
                               int version) {

    public String statusLabel() {
        return switch (status) {
            case "PENDING" -> "Chờ duyệt";
            case "APPROVED" -> "Đã duyệt";
            default -> "Không duyệt";
        };
    }
}
