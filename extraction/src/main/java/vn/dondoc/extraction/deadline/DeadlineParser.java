package vn.dondoc.extraction.deadline;

import static vn.dondoc.extraction.deadline.OcrFragments.CHAM_NHAT;
import static vn.dondoc.extraction.deadline.OcrFragments.HOAN_THANH;
import static vn.dondoc.extraction.deadline.OcrFragments.NAM;
import static vn.dondoc.extraction.deadline.OcrFragments.NGAY;
import static vn.dondoc.extraction.deadline.OcrFragments.QUY;
import static vn.dondoc.extraction.deadline.OcrFragments.THANG;
import static vn.dondoc.extraction.deadline.OcrFragments.TRUOC;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.extraction.text.VietnameseText;

/**
 * Finds deadline phrases in Vietnamese administrative text and resolves them to the last allowed day:
 * "trước ngày 01/7/2026", "trước ngày 05 tháng 12 năm 2025", "trước 30/6" (year of the document),
 * "trong Quý I/2026" (end of quarter), "trong tháng 8/2025", "trong năm 2026", "6 tháng đầu năm 2026",
 * "cuối năm 2026", "chậm nhất trong Quý I/2026". "trước Tết Nguyên đán" is kept unresolved. Start
 * times ("từ ngày", "bắt đầu") and dates of other tasks are skipped. Matching runs on folded text and
 * tolerates OCR noise. Thread-safe, stateless.
 */
public final class DeadlineParser {

    private static final String D = "(\\d{1,2}|[0-9][oOlI|])";
    private static final Pattern DATE = Pattern.compile(
            "(?<dmyw>" + NGAY + "\\s+(?<wd>\\d{1,2})\\s+" + THANG + "\\s+(?<wm>\\d{1,2})(?:\\s*(?:,\\s*)?" + NAM
                    + "\\s+(?<wy>\\d{4}))?)"
            + "|(?<words>" + NGAY + "\\s+(?<nd>(?:" + NumberWords.WORD + ")(?:\\s+(?:" + NumberWords.WORD + ")){0,2})\\s+"
                    + THANG + "\\s+(?<nm>(?:" + NumberWords.WORD + ")(?:\\s+(?!n[a-z]m\\s+\\d)(?:" + NumberWords.WORD + ")){0,1})(?![a-z])"
                    + "(?:\\s+" + NAM + "\\s+(?<ny>\\d{4}))?)"
            + "|(?<dmy>(?:" + NGAY + "\\s*)?(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4}))"
            + "|(?<dm>(?:" + NGAY + "\\s*)?(?<d2>\\d{1,2})\\s*/\\s*(?<m2>\\d{1,2})(?![\\d/]))"
            + "|(?<half>(?:6|06|sau)\\s+" + THANG + "\\s+(?<hw>dau|cuoi)\\s+" + NAM + "(?:\\s+(?<hy>\\d{4}))?)"
            + "|(?<quarter>" + QUY + "\\s+(?<q>iv|i{1,3}|[1-4l|])(?![a-z])\\s*(?:(?:[/-]|" + NAM + ")\\s*(?<qy>\\d{4}))?)"
            + "|(?<monthend>cuoi\\s+" + THANG + "\\s+(?<em>\\d{1,2})(?:\\s*(?:[/-]|" + NAM + ")\\s*(?<ey>\\d{4}))?)"
            + "|(?<month>" + THANG + "\\s+(?<mm>\\d{1,2})\\s*(?:[/-]|\\s" + NAM + ")\\s*(?<my>\\d{4}))"
            + "|(?<yearend>cuoi\\s+" + NAM + "\\s+(?<cy>\\d{4}))"
            + "|(?<year>" + NAM + "\\s+(?<yy>\\d{4}))"
            + "|(?<tet>tet(?:\\s+nguyen\\s+dan|\\s+am\\s+lich|\\s+duong\\s+lich)?)(?![a-z])");

    private static final Pattern STRONG_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:" + TRUOC + "|" + CHAM_NHAT + "(?:\\s+(?:la|vao|trong|truoc|den))?|han chot(?:\\s+la)?"
                    + "|thoi han(?:\\s+hoan thanh)?(?:\\s+la)?|xong truoc|den het)"
                    + "|" + TRUOC + "(?:\\s+[^\\s()]+){1,6}\\s*\\()\\s*:?\\s*$");
    private static final Pattern IN_BEFORE = Pattern.compile("(?<![a-z])(?:trong|vao|ngay trong|den|truoc)\\s+$");
    private static final Pattern COMPLETION = Pattern.compile(
            "(?:" + HOAN_THANH + "|xong|van hanh|thoi gian hoan thanh|thoi han)[^.;]{0,80}$");
    private static final Pattern REPORT = Pattern.compile("(?<![a-z])bao cao(?:\\s+\\S+){0,3}\\s*$");
    private static final Pattern START_OR_OTHER = Pattern.compile(
            "(?<![a-z])(?:ke tu|bat dau(?:\\s+\\S+){0,4}|duoc giao(?:\\s+\\S+){0,2})\\s+(?:\\S+\\s+){0,1}$");

    private static final Pattern MARKS = Pattern.compile("[*_]+");
    private static final Pattern WS = Pattern.compile("\\s+");

    private DeadlineParser() {
    }

    /**
     * All deadline phrases in {@code text[from, to)}, in order.
     *
     * @param text    the (NFC) text
     * @param folded  {@code VietnameseText.fold(text)}, same length
     * @param docYear year for dates written without one
     */
    public static List<DeadlineMatch> find(String text, String folded, int from, int to, int docYear) {
        List<DeadlineMatch> out = new ArrayList<>();
        Matcher m = DATE.matcher(folded);
        m.region(from, to);
        while (m.find()) {
            int ws = Math.max(from, m.start() - 90);
            String before = folded.substring(ws, m.start());
            Matcher strong = STRONG_BEFORE.matcher(before);
            Matcher in = IN_BEFORE.matcher(before);
            int strength;
            int phraseStart;
            if (strong.find()) {
                strength = 2;
                phraseStart = ws + strong.start();
                while (phraseStart < m.start() && !Character.isLetter(folded.charAt(phraseStart))) {
                    phraseStart++;
                }
            } else if (in.find() && m.group("tet") == null && m.group("dm") == null) {
                phraseStart = ws + in.start();
                while (phraseStart < m.start() && !Character.isLetter(folded.charAt(phraseStart))) {
                    phraseStart++;
                }
                boolean completion = COMPLETION.matcher(before).find();
                if (m.group("year") != null) {
                    strength = completion ? 1 : clauseEnd(folded, m.end(), to) && before.endsWith("trong ")
                            && Integer.parseInt(m.group("yy")) > docYear ? 0 : -1;
                } else if (m.group("dmy") != null || m.group("dmyw") != null || m.group("words") != null) {
                    strength = completion ? 2 : -1;
                } else {
                    strength = completion ? 2 : 1;
                }
            } else if (m.group("half") != null || m.group("yearend") != null || m.group("monthend") != null) {
                strength = COMPLETION.matcher(before).find() || REPORT.matcher(before).find() ? 1 : -1;
                phraseStart = m.start();
            } else {
                continue;
            }
            if (strength < 0) {
                continue;
            }
            String tail = before.substring(Math.max(0, before.length() - 40 - (m.start() - phraseStart)),
                    before.length() - (m.start() - phraseStart));
            if (START_OR_OTHER.matcher(tail).find()) {
                continue;
            }
            LocalDate date = resolve(m, docYear);
            if (date == null && m.group("tet") == null) {
                continue;
            }
            if (m.group("tet") != null && strength < 2) {
                continue;
            }
            int end = m.end();
            out.add(new DeadlineMatch(date, collapse(text.substring(phraseStart, end)), phraseStart, end, strength));
        }
        return out;
    }

    /** A calendar date written at the start of a folded text ("ngày 15/3/2026", "ngày mười lăm tháng ba năm 2026"). */
    public static LocalDate leadingDate(String folded) {
        Matcher m = DATE.matcher(folded);
        if (m.lookingAt() && (m.group("dmy") != null || m.group("dmyw") != null && m.group("wy") != null
                || m.group("words") != null && m.group("ny") != null)) {
            return resolve(m, 0);
        }
        return null;
    }

    /** Convenience: the phrases of a whole text. */
    public static List<DeadlineMatch> find(String text, int docYear) {
        String nfc = VietnameseText.nfc(text);
        return find(nfc, VietnameseText.fold(nfc), 0, nfc.length(), docYear);
    }

    /** True when only spaces and markup separate {@code end} from a '.', ';' or the end of the region. */
    private static boolean clauseEnd(String folded, int end, int to) {
        for (int i = end; i < to; i++) {
            char c = folded.charAt(i);
            if (c == '.' || c == ';') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '*' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate resolve(Matcher m, int docYear) {
        try {
            if (m.group("dmyw") != null) {
                int y = m.group("wy") != null ? Integer.parseInt(m.group("wy")) : docYear;
                return LocalDate.of(y, num(m.group("wm")), num(m.group("wd")));
            }
            if (m.group("words") != null) {
                int d = NumberWords.parse(m.group("nd"));
                int mo = NumberWords.parse(m.group("nm"));
                int y = m.group("ny") != null ? Integer.parseInt(m.group("ny")) : docYear;
                return d > 0 && mo > 0 ? LocalDate.of(y, mo, d) : null;
            }
            if (m.group("dmy") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y")), num(m.group("m")), num(m.group("d")));
            }
            if (m.group("dm") != null) {
                return docYear > 0 ? LocalDate.of(docYear, num(m.group("m2")), num(m.group("d2"))) : null;
            }
            if (m.group("half") != null) {
                int y = m.group("hy") != null ? Integer.parseInt(m.group("hy")) : docYear;
                return m.group("hw").equals("dau") ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
            }
            if (m.group("quarter") != null) {
                int q = switch (m.group("q")) {
                    case "i", "1", "l", "|" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    default -> 4;
                };
                int y = m.group("qy") != null ? Integer.parseInt(m.group("qy")) : docYear;
                return YearMonth.of(y, q * 3).atEndOfMonth();
            }
            if (m.group("monthend") != null) {
                int y = m.group("ey") != null ? Integer.parseInt(m.group("ey")) : docYear;
                return YearMonth.of(y, num(m.group("em"))).atEndOfMonth();
            }
            if (m.group("month") != null) {
                return YearMonth.of(Integer.parseInt(m.group("my")), num(m.group("mm"))).atEndOfMonth();
            }
            if (m.group("yearend") != null) {
                return LocalDate.of(Integer.parseInt(m.group("cy")), 12, 31);
            }
            if (m.group("year") != null) {
                return LocalDate.of(Integer.parseInt(m.group("yy")), 12, 31);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int num(String s) {
        return OcrFragments.number(s);
    }

    private static String collapse(String s) {
        return WS.matcher(MARKS.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
