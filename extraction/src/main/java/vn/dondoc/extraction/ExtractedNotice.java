package vn.dondoc.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice read by {@link NoticeExtractor}.
 *
 * @param number      document number ("452/TB-UBND") or null when blank
 * @param issuer      issuing body as written, or null
 * @param issuedDate  date of issue, null when the day or month is blank
 * @param meetingDate date of the meeting, or null
 * @param chair       person who chaired, or null
 * @param title       title of the notice, or null
 * @param tasks       directive items in document order
 * @param warnings    Vietnamese notes about the whole document
 */
public record ExtractedNotice(String number, String issuer, LocalDate issuedDate, LocalDate meetingDate, String chair,
                              String title, List<ExtractedTask> tasks, List<String> warnings) {
    public ExtractedNotice {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }
}
