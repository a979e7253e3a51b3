package vn.dondoc.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One directive item of a notice.
 *
 * @param ref          position in the document ("II.2.c", "1.3", "4.a.2", "2.p2", "1.5#2")
 * @param lead         names of lead agencies (chủ trì / addressee)
 * @param support      names of supporting agencies (phối hợp)
 * @param leadRefs     lead agencies with directory resolution
 * @param supportRefs  support agencies with directory resolution
 * @param content      item text verbatim, marker and "Assignee:" label dropped, whitespace collapsed
 * @param deadline     last day, or null
 * @param deadlineText deadline phrase as written, or null
 * @param recurrence   ISO-8601 period ("P2W", "P1M") or null
 * @param standing     true for standing tasks ("thường xuyên")
 * @param product      expected product ("Kế hoạch", "Báo cáo" …) or null
 * @param spanStart    offset of the item in the (NFC) input text
 * @param spanEnd      offset after the item
 * @param confidence   per-field confidence in [0,1] ("lead", "support", "deadline", "content")
 * @param warnings     Vietnamese notes for the reviewer
 */
public record ExtractedTask(String ref, List<String> lead, List<String> support, List<AgencyRef> leadRefs,
                            List<AgencyRef> supportRefs, String content, LocalDate deadline, String deadlineText,
                            String recurrence, boolean standing, String product, int spanStart, int spanEnd,
                            Map<String, Double> confidence, List<String> warnings) {
    public ExtractedTask {
        lead = List.copyOf(lead);
        support = List.copyOf(support);
        leadRefs = List.copyOf(leadRefs);
        supportRefs = List.copyOf(supportRefs);
        confidence = Map.copyOf(confidence);
        warnings = List.copyOf(warnings);
    }
}
