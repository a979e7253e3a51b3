package vn.dondoc.app.notices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An uploaded notice as lists show it.
 *
 * @param duplicateOf an earlier notice with the same file or the same document number, if any
 * @param version     changes with every save; sent back to detect concurrent edits
 */
public record NoticeSummary(long id, NoticeStatus status, String fileName, long fileSize, int progressDone,
                            int progressTotal, String error, boolean ocr, String number, LocalDate issuedDate,
                            LocalDate meetingDate, String chair, String title, Integer taskCount, Long duplicateOf,
                            Instant uploadedAt, int version) {

    /** Percent done of the extraction run, for a progress bar. */
    public int percent() {
        if (status != NoticeStatus.PROCESSING) {
            return 100;
        }
        return progressTotal <= 0 ? 0 : Math.min(99, 100 * progressDone / progressTotal);
    }
}
