package vn.dondoc.app.tasks.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dondoc.extraction.deadline.DeadlineMatch;
import vn.dondoc.extraction.deadline.DeadlineParser;
import vn.dondoc.extraction.deadline.Recurrence;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * A deadline cell of an imported file: an Excel date, a written date (dd/MM/yyyy, yyyy-MM-dd) or a
 * Vietnamese phrase resolved by the extraction library's {@link DeadlineParser} ("trong Quý I/2026" →
 * 31/03/2026); "thường xuyên" marks a standing task. A phrase is kept as written beside its date.
 */
record ImportDeadline(LocalDate date, String text, boolean standing, String recurrence) {

    static final ImportDeadline NONE = new ImportDeadline(null, null, false, null);
    static final Set<String> PERIODS = Set.of("P1W", "P2W", "P1M", "P3M", "P6M", "P1Y");

    private static final Pattern DMY = Pattern.compile("\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DMY_FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Thrown with the Vietnamese reason when a cell can't be understood. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** A date cell of the spreadsheet (no phrase to keep beside it). */
    static ImportDeadline of(LocalDate date) {
        return new ImportDeadline(date, null, false, null);
    }

    /**
     * A written deadline.
     *
     * @param year year of dates written without one ("trước 30/6")
     */
    static ImportDeadline parse(String written, int year) throws Invalid {
        if (written == null || written.isBlank()) {
            return NONE;
        }
        String text = VietnameseText.nfc(written).strip().replaceAll("\\s+", " ");
        if (DMY.matcher(text).matches()) {
            try {
                return of(LocalDate.parse(text.replaceAll("\\s", "").replaceAll("[.-]", "/"), DMY_FORMAT));
            } catch (DateTimeParseException e) {
                throw new Invalid("Ngày \"" + text + "\" không có thật.");
            }
        }
        if (ISO.matcher(text).matches()) {
            try {
                return of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw new Invalid("Ngày \"" + text + "\" không có thật.");
            }
        }
        String folded = VietnameseText.fold(text);
        String recurrence = Recurrence.period(folded);
        if (Recurrence.standing(folded)) {
            return new ImportDeadline(null, text, true, recurrence);
        }
        for (String candidate : new String[] {text, "hoàn thành " + text, "hoàn thành trong " + text}) {
            for (DeadlineMatch m : DeadlineParser.find(candidate, year)) {
                if (m.resolved()) {
                    return new ImportDeadline(m.date(), text, false, recurrence);
                }
            }
        }
        if (recurrence != null) {
            return new ImportDeadline(null, text, false, recurrence);
        }
        throw new Invalid("Không hiểu thời hạn \"" + text + "\"; hãy ghi ngày (dd/MM/yyyy) hoặc cụm như"
                + " \"trong Quý I/2026\", \"trước ngày 30/6/2026\", \"thường xuyên\".");
    }

    /** A recurrence cell: an ISO period (P1M) or words ("hằng tháng", "định kỳ 02 tuần một lần"). */
    static String recurrence(String written) throws Invalid {
        if (written == null || written.isBlank()) {
            return null;
        }
        String v = written.strip();
        if (PERIODS.contains(v.toUpperCase(java.util.Locale.ROOT))) {
            return v.toUpperCase(java.util.Locale.ROOT);
        }
        String folded = VietnameseText.fold(v);
        String period = Recurrence.period(folded);
        if (period == null && !folded.startsWith("dinh ky")) {
            period = Recurrence.period("dinh ky " + folded);
        }
        if (period == null) {
            throw new Invalid("Không hiểu định kỳ \"" + v + "\"; ghi như \"hằng tháng\", \"hằng quý\","
                    + " \"định kỳ 02 tuần một lần\" hoặc P1M, P3M.");
        }
        return period;
    }
}
