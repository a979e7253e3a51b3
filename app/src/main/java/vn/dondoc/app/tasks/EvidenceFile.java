package vn.dondoc.app.tasks;

import java.time.Instant;

/**
 * An evidence file of an assignment (metadata; the bytes are read only for a download).
 *
 * @param eventId the report it belongs to, null while it is uploaded but not yet reported
 */
public record EvidenceFile(long id, long assignmentId, Long eventId, String fileName, String mediaType, long size,
                           String uploadedByName, Instant uploadedAt) {
}
