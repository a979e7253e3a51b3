package vn.dondoc.app.tasks;

import java.time.LocalDate;

/**
 * A task's own fields (its assignments are separate).
 *
 * @param originalDeadline the deadline as issued (or as corrected by the secretariat); extensions change the
 *                         assignments' deadlines, not this
 */
public record TaskRecord(long id, Long noticeId, String noticeNumber, String noticeTitle, String ref, String content,
                         LocalDate originalDeadline, String deadlineText, String recurrence, boolean standing,
                         String product, int version) {
}
