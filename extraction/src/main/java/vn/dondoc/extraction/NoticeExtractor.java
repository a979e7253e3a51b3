package vn.dondoc.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.extraction.structure.HeaderParser;
import vn.dondoc.extraction.structure.NoticeHeader;
import vn.dondoc.extraction.structure.Paragraph;
import vn.dondoc.extraction.structure.ParagraphSplitter;
import vn.dondoc.extraction.tasks.TaskAssembler;
import vn.dondoc.extraction.text.MarkupMask;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Extracts the header and the tasks of a Vietnamese meeting-conclusion notice ("thông báo kết luận") or
 * directive letter from its text. Thread-safe and free of I/O: one instance can serve all threads.
 *
 * <pre>{@code
 * NoticeExtractor extractor = new NoticeExtractor(directory);
 * ExtractedNotice notice = extractor.extract(text);
 * }</pre>
 */
public final class NoticeExtractor {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    private final TaskAssembler assembler;

    /** An extractor resolving agency names through {@code directory} (use AgencyDirectory.empty() for none). */
    public NoticeExtractor(AgencyDirectory directory) {
        this.assembler = new TaskAssembler(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Extracts a notice. Offsets in the result refer to the NFC form of {@code text} (identical for
     * ordinary input, which is NFC already).
     */
    public ExtractedNotice extract(String text) {
        String nfc = VietnameseText.nfc(Objects.requireNonNull(text, "text"));
        String mask = MarkupMask.of(nfc);
        String folded = VietnameseText.fold(mask);
        List<Paragraph> paragraphs = ParagraphSplitter.split(nfc, mask);
        NoticeHeader header = HeaderParser.parse(nfc, mask, folded, paragraphs);
        int year = docYear(header, nfc);
        List<ExtractedTask> tasks = assembler.assemble(nfc, mask, folded, paragraphs, header, year);
        List<String> warnings = new ArrayList<>();
        if (tasks.isEmpty()) {
            warnings.add("Không tìm thấy nhiệm vụ nào trong văn bản.");
        }
        if (header.number() == null) {
            warnings.add("Không đọc được số văn bản (có thể để trống).");
        }
        if (header.issuedDate() == null) {
            warnings.add("Không đọc được ngày ban hành (có thể để trống).");
        }
        return new ExtractedNotice(header.number(), header.issuer(), header.issuedDate(), header.meetingDate(),
                header.chair(), header.title(), tasks, warnings);
    }

    private static int docYear(NoticeHeader h, String text) {
        LocalDate d = h.issuedDate() != null ? h.issuedDate() : h.meetingDate();
        if (d != null) {
            return d.getYear();
        }
        Matcher m = YEAR.matcher(text);
        m.region(0, Math.min(text.length(), 1500));
        return m.find() ? Integer.parseInt(m.group(1)) : LocalDate.now().getYear();
    }
}
