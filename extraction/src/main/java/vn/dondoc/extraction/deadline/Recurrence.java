package vn.dondoc.extraction.deadline;

import static vn.dondoc.extraction.deadline.OcrFragments.DINH_KY;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.extraction.text.VietnameseText;

/**
 * Recurrence and standing-task detection: "định kỳ 02 tuần một lần" → P2W, "hằng tháng"/"hàng tháng"/
 * "định kỳ hằng tháng" → P1M, "hằng quý" → P3M, "hằng năm" → P1Y, "hằng tuần" → P1W; "thường xuyên"
 * marks a standing task. "hằng năm" used as an attribute of a noun ("kế hoạch hằng năm để …") is not a
 * recurrence: only an adverbial at the end of a clause or after "định kỳ"/"báo cáo" counts.
 */
public final class Recurrence {

    private static final Pattern EVERY_N = Pattern.compile(
            "(?<![a-z])" + DINH_KY + "\\s*:?\\s*(?:(\\d{1,2}|mot|hai|ba|bon|sau)\\s+)?(ngay|tuan|thang|quy|nam)(?![a-z])");
    private static final Pattern EACH = Pattern.compile(
            "(?<![a-z])(?:(" + DINH_KY + "|bao cao|cap nhat)\\s+(?:\\S+\\s+){0,2})?h[a-z]ng\\s+(ngay|tuan|thang|quy|nam)(?![a-z])(\\s*[.,;:)]|\\s*$|\\s+(?:mot lan|1 lan|va|hoac|ve|cho|gui|den))?");
    private static final Pattern STANDING = Pattern.compile("(?<![a-z])th[uw][o0]ng xuy[e]n(?![a-z])");

    private Recurrence() {
    }

    /** ISO-8601 period of the recurrence in a folded text, or null. */
    public static String period(String folded) {
        Matcher m = EVERY_N.matcher(folded);
        if (m.find()) {
            int n = m.group(1) == null ? 1 : count(m.group(1));
            return iso(n, m.group(2));
        }
        m = EACH.matcher(folded);
        while (m.find()) {
            if (m.group(1) != null || m.group(3) != null) {
                return iso(1, m.group(2));
            }
        }
        return null;
    }

    /** Period of a not-yet-folded text. */
    public static String periodOf(String text) {
        return period(VietnameseText.fold(text));
    }

    /** True when the folded text marks a standing task ("thường xuyên"). */
    public static boolean standing(String folded) {
        return STANDING.matcher(folded).find();
    }

    private static int count(String s) {
        return switch (s) {
            case "mot" -> 1;
            case "hai" -> 2;
            case "ba" -> 3;
            case "bon" -> 4;
            case "sau" -> 6;
            default -> Math.max(1, Integer.parseInt(s));
        };
    }

    private static String iso(int n, String unit) {
        return switch (unit) {
            case "ngay" -> "P" + n + "D";
            case "tuan" -> "P" + n + "W";
            case "thang" -> "P" + n + "M";
            case "quy" -> "P" + (3 * n) + "M";
            default -> "P" + n + "Y";
        };
    }
}
