package vn.dondoc.extraction.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.extraction.deadline.OcrFragments;

/**
 * Reads the header of a notice laid out per Decree 30/2020: issuing body, "Số: 452/TB-UBND", the
 * place/date line ("Quảng Ngãi, ngày 09 tháng 12 năm 2025"), the document kind and title, the opening
 * paragraph with the meeting date and the chair, and locates the body (after "… kết luận như sau:") and
 * its end (closing formula, "Nơi nhận", signature). Works on the folded mask, so OCR text without
 * diacritics is read too.
 */
public final class HeaderParser {

    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^\\s*s[o6ố0e]\\s*(?:hieu)?\\s*:?\\s*(?=[\\d\\s|/]|$)");
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9oOlI]{0,6})\\s*([/-])\\s*([A-ZĐ][A-ZĐ0-9&.]*(?:[-/][A-ZĐ0-9&.]+)*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            ",\\s*" + OcrFragments.NGAY + "\\s*([0-9oOlI|/]{0,3})\\s*" + OcrFragments.THANG + "\\s*([0-9oOlI|/]{0,3})\\s*"
                    + "n[a-z]m\\s*(\\d{4})");
    private static final Pattern ISSUED_PANEL = Pattern.compile("ngay ban hanh\\s*:\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MEETING = Pattern.compile(
            "^(?:vao\\s+)?" + OcrFragments.NGAY + "\\s+(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(\\d{1,2})\\s+"
                    + OcrFragments.THANG + "\\s+(\\d{1,2})\\s+n[a-z]m\\s+(\\d{4}))");
    /** News style: "Chiều 12/3, …", "(Cổng TTĐT) - Sáng 5/8, …". */
    private static final Pattern MEETING_NEWS = Pattern.compile(
            "^(?:\\([^)]{0,40}\\)\\s*[-–]\\s*)?(?:sang|chieu|toi|trua|dem)(?:\\s+nay)?\\s+(?:ngay\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*,");
    private static final Pattern PAGE_DATE = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/(20\\d{2})(?!\\d)");

    /** Year of the first full date near the top of the page (a news timestamp), or -1. */
    private static int pageYear(String folded) {
        Matcher m = PAGE_DATE.matcher(folded);
        m.region(0, Math.min(folded.length(), 800));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static final Pattern MEETING_OPENER = Pattern.compile("^(?:vao\\s+)?ngay\\s");
    private static final Pattern BODY_LEAD_IN = Pattern.compile(
            "(?:ket luan|chi dao|nhu sau|giao|thong bao|de nghi|yeu cau|co y kien)[^:]{0,140}:\\s*$");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:nay thong bao|[^.]{0,80}(?:xin thong bao|thong bao (?:de|cho|den|y kien|ket luan)|trân trong)"
                    + "[^.]{0,160}(?:thuc hien|biet|trien khai)[^.]{0,40}\\.?/?\\.?\\s*$)");
    private static final Pattern END = Pattern.compile(
            "^(?:n[o0]i nh[a-z]{1,2}n|tl\\s*\\.|kt\\s*\\.|tm\\s*\\.|thua lenh|q\\.\\s)");
    private static final Pattern KIND = Pattern.compile("^(?:thong bao|th0ng bao|cong van|ket luan)\\s*$");
    private static final Pattern ROLE = Pattern.compile(
            "(?<![a-z])(?:chu tich|chii tich|chu tjch|thu tuong|bo truong|bi thu|giam doc|dong chi|d6ng chi|dong chf)(?![a-z])");
    private static final java.util.Set<String> INSTITUTION = java.util.Set.of("pho", "phé", "ubnd", "uy", "ban", "nhan",
            "dan", "tinh", "thanh", "chinh", "phu", "cua", "hdnd", "trung", "uong", "thuong", "truc", "bo", "quoc",
            "hoi", "so", "dang", "nuoc", "tp", "tw", "thu", "tuong", "chu", "tich", "tjch", "chii", "ubnd,", "tong", "bi");
    private static final java.util.Set<String> STOP = java.util.Set.of("tai", "ve", "da", "chu", "lam", "ket", "voi",
            "trong", "va", "cho", "nghe", "di", "du", "dy", "to", "thay", "phat", "lanh", "den");

    private static final Pattern WORD = Pattern.compile("[^\\s,.;:()]+");
    private static final Pattern PANEL = Pattern.compile("noi ban hanh\\s*:[\\s|]*([^\\n|]+)");

    /** A capitalised name right after these words is a place, not a person ("tỉnh Điện Biên"). */
    private static final java.util.Set<String> LOCALITY_WORDS = java.util.Set.of("tinh", "pho", "uy", "xa", "phuong",
            "huyen");

    private HeaderParser() {
    }

    /** Parses the header of a text with its mask, folded mask and paragraphs. */
    public static NoticeHeader parse(String text, String mask, String folded, List<Paragraph> paragraphs) {
        int kindIdx = -1;
        int bodyFrom = -1;
        int firstMarked = -1;
        int meetingIdx = -1;
        LocalDate meeting = null;
        for (int i = 0; i < paragraphs.size() && i < 60; i++) {
            Paragraph p = paragraphs.get(i);
            String f = folded.substring(p.start(), p.end()).strip();
            if (kindIdx < 0 && KIND.matcher(f).find()) {
                kindIdx = i;
            }
            if (firstMarked < 0 && (p.type() == MarkerType.ROMAN || p.type() == MarkerType.NUMBER)) {
                firstMarked = i;
            }
            if (meeting == null && bodyFrom < 0) {
                Matcher mm = MEETING.matcher(f);
                Matcher lead = MEETING_OPENER.matcher(f);
                Matcher news = MEETING_NEWS.matcher(f);
                if (!mm.find() && news.lookingAt() && pageYear(folded) > 0) {
                    meeting = date(news.group(3) != null ? news.group(3) : String.valueOf(pageYear(folded)),
                            news.group(2), news.group(1));
                    meetingIdx = i;
                } else if (!mm.find(0) && lead.lookingAt()) {
                    LocalDate d = vn.dondoc.extraction.deadline.DeadlineParser.leadingDate(f.substring(f.indexOf("ngay")));
                    if (d != null) {
                        meeting = d;
                        meetingIdx = i;
                    }
                } else if (mm.find(0)) {
                    meeting = date(mm.group(3) != null ? mm.group(3) : mm.group(6),
                            mm.group(2) != null ? mm.group(2) : mm.group(5), mm.group(1) != null ? mm.group(1) : mm.group(4));
                    meetingIdx = i;
                }
            }
            if (bodyFrom < 0 && p.type() == MarkerType.NONE && BODY_LEAD_IN.matcher(f).find() && i < 40
                    && (firstMarked < 0 || firstMarked > i)) {
                bodyFrom = i + 1;
            }
        }
        if (bodyFrom < 0) {
            bodyFrom = firstMarked >= 0 ? firstMarked : meetingIdx >= 0 ? meetingIdx + 1 : kindIdx + 1;
        }
        int bodyTo = paragraphs.size();
        int closing = -1;
        for (int i = bodyFrom; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String f = folded.substring(p.bodyStart(), p.end()).strip();
            if (END.matcher(f).find()) {
                bodyTo = i;
                break;
            }
            if (p.type() == MarkerType.NONE && (CLOSING.matcher(f).find() || f.contains("./.") && f.length() < 400)) {
                closing = i;
                bodyTo = i;
                break;
            }
        }
        int headerEnd = bodyFrom > 0 ? paragraphs.get(Math.max(0, bodyFrom - 1)).end() : Math.min(text.length(), 3000);
        String headFolded = folded.substring(0, Math.min(folded.length(), Math.max(headerEnd, 1)));

        String number = number(mask, folded, headFolded.length());
        LocalDate issued = issued(folded, headFolded.length(), kindIdx >= 0 ? paragraphs.get(kindIdx).start() : headFolded.length());
        if (meeting != null && meetingIdx >= bodyFrom) {
            meeting = null;
        }
        String title = null;
        if (kindIdx >= 0 && kindIdx + 1 < paragraphs.size() && kindIdx + 1 < bodyFrom) {
            Paragraph t = paragraphs.get(kindIdx + 1);
            title = collapse(text.substring(t.start(), t.end()));
        }
        String chair = chair(text, mask, folded, paragraphs, kindIdx, bodyFrom);
        String issuer = issuer(text, mask, folded, paragraphs);
        return new NoticeHeader(number, issuer, issued, meeting, chair, title, bodyFrom, bodyTo, closing);
    }

    private static String number(String mask, String folded, int limit) {
        Matcher m = NUMBER_LINE.matcher(folded);
        m.region(0, Math.min(folded.length(), Math.max(limit, 600)));
        while (m.find()) {
            int from = m.end();
            String rest = mask.substring(from, Math.min(mask.length(), from + 80));
            // the value may be on a following line (site panels)
            Matcher n = NUMBER.matcher(rest.replaceFirst("^[\\s|]*", ""));
            if (n.find()) {
                String digits = n.group(1);
                if (digits.isEmpty()) {
                    return null;
                }
                int value = OcrFragments.number(digits);
                return value + n.group(2) + n.group(3).replaceAll("[.]+$", "");
            }
        }
        return null;
    }

    private static LocalDate issued(String folded, int limit, int kindStart) {
        Matcher m = PLACE_DATE.matcher(folded);
        m.region(0, Math.min(folded.length(), Math.max(Math.max(kindStart, limit), 200)));
        if (m.find()) {
            int d = OcrFragments.number(m.group(1).replace("/", "1"));
            int mo = OcrFragments.number(m.group(2));
            if (d <= 0 || mo <= 0) {
                return null;
            }
            return date(m.group(3), String.valueOf(mo), String.valueOf(d));
        }
        Matcher p = ISSUED_PANEL.matcher(folded);
        p.region(0, Math.min(folded.length(), 2000));
        if (p.find()) {
            return date(p.group(3), p.group(2), p.group(1));
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The chair: a personal name after a leader's role in the title or the opening paragraphs. */
    private static String chair(String text, String mask, String folded, List<Paragraph> ps, int kindIdx, int bodyFrom) {
        int from = kindIdx >= 0 ? kindIdx + 1 : 0;
        Map<String, Integer> votes = new HashMap<>();
        Map<String, String> best = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = from; i < bodyFrom && i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Matcher m = ROLE.matcher(folded);
            m.region(p.start(), p.end());
            while (m.find()) {
                String name = nameAfter(text, mask, folded, m.end(), p.end());
                if (name == null) {
                    continue;
                }
                if (diacritics(name) == 0 || !allPossible(name)) {
                    name = vn.dondoc.extraction.text.VietnameseSyllables.restoreName(name);
                }
                String key = vn.dondoc.extraction.text.VietnameseText.fold(name).replace(" ", "");
                votes.merge(key, 1, Integer::sum);
                best.merge(key, name, (a, b) -> diacritics(b) > diacritics(a) ? b : a);
                if (!order.contains(key)) {
                    order.add(key);
                }
            }
        }
        String winner = null;
        for (String k : order) {
            if (winner == null || votes.get(k) > votes.get(winner) || votes.get(k).equals(votes.get(winner))
                    && best.get(k).split(" ").length >= 3 && best.get(winner).split(" ").length < 3) {
                winner = k;
            }
        }
        return winner == null ? null : best.get(winner);
    }

    private static String nameAfter(String text, String mask, String folded, int from, int limit) {
        Matcher w = WORD.matcher(mask);
        w.region(from, Math.min(limit, from + 160));
        List<String> parts = new ArrayList<>();
        boolean inInstitution = true;
        String previous = "";
        int prevEnd = from;
        while (w.find()) {
            String tok = text.substring(w.start(), w.end());
            String f = folded.substring(w.start(), w.end());
            int gapFrom = prevEnd;
            prevEnd = w.end();
            if (parts.isEmpty() && w.start() > from) {
                int p = w.start() - 1;
                while (p > from && Character.isWhitespace(mask.charAt(p))) {
                    p--;
                }
                int ps = p;
                while (ps > from && !Character.isWhitespace(mask.charAt(ps - 1))) {
                    ps--;
                }
                previous = folded.substring(ps, p + 1);
            }
            boolean upper = Character.isUpperCase(tok.charAt(0));
            boolean caps = tok.equals(tok.toUpperCase(Locale.ROOT)) && tok.length() > 1;
            if (inInstitution && (INSTITUTION.contains(f) && !surname(tok, f) || !upper && !parts.isEmpty())) {
                if (!parts.isEmpty()) {
                    break;
                }
                continue;
            }
            if (inInstitution && upper && INSTITUTION.contains(f) && !surname(tok, f)) {
                continue;
            }
            if (!upper || (caps || !Character.isUpperCase(tok.charAt(0))) && STOP.contains(f)
                    || f.chars().anyMatch(Character::isDigit)) {
                break;
            }
            if (caps && tok.length() > 1 && f.matches("[a-z]+") && parts.isEmpty() && f.length() > 4 && !tok.matches(".*[À-ỹ].*")
                    && INSTITUTION.contains(f)) {
                continue;
            }
            if (parts.isEmpty() && LOCALITY_WORDS.contains(previous)
                    && !vn.dondoc.extraction.text.VietnameseSyllables.commonSurname(f)) {
                return null;
            }
            if (parts.isEmpty() && clauseBreak(mask, gapFrom, w.start())) {
                // an appositive role, not a name ("Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo")
                return null;
            }
            inInstitution = false;
            parts.add(caps ? titleCase(tok) : tok);
            if (parts.size() == 6) {
                break;
            }
            if (mask.charAt(w.end()) != ' ' && w.end() < limit) {
                break;
            }
        }
        if (parts.size() > 4) {
            // a place written before the person ("tỉnh Lâm Đồng Võ Ngọc Hiệp")
            for (int k = parts.size() - 2; k >= 1; k--) {
                if (vn.dondoc.extraction.text.VietnameseSyllables.commonSurname(
                        vn.dondoc.extraction.text.VietnameseText.fold(parts.get(k))) && parts.size() - k <= 4) {
                    parts = new ArrayList<>(parts.subList(k, parts.size()));
                    break;
                }
            }
            if (parts.size() > 4) {
                parts = new ArrayList<>(parts.subList(0, 4));
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        return String.join(" ", parts);
    }

    private static boolean clauseBreak(String mask, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = mask.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** Institution words (folded) that a surname folds to, with the institution word as written. */
    private static final Map<String, String> SURNAME_LOOKALIKES = Map.of("dang", "đảng", "tong", "tổng");

    /** True when {@code tok} is written as a surname that folds like an institution word ("Đặng", not "Đảng"). */
    private static boolean surname(String tok, String folded) {
        String institution = SURNAME_LOOKALIKES.get(folded);
        return institution != null && !tok.chars().allMatch(c -> c < 128)
                && !tok.toLowerCase(Locale.ROOT).equals(institution);
    }

    private static boolean allPossible(String name) {
        for (String p : name.split("\\s+")) {
            if (!vn.dondoc.extraction.text.VietnameseSyllables.possible(vn.dondoc.extraction.text.VietnameseText.fold(p))) {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    private static int diacritics(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                n++;
            }
        }
        return n;
    }

    private static final Pattern NUMBER_LABEL = Pattern.compile("s[o6]\\s*(?:hieu)?\\s*:");
    private static final Pattern RULE_LINE = Pattern.compile("[-_=*]{3,}");
    private static final Pattern COLUMN_GAP = Pattern.compile(" {3,}");
    private static final Pattern RIGHT_COLUMN = Pattern.compile("(?:cong hoa|doc lap|dang cong san)");
    private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("tinh", "xa", "phuong", "huyen", "quan",
            "khu");

    /**
     * The issuing body from the top-left of the header ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI"), line by line, so
     * that a two-column header (the national motto on the right) gives its left column.
     */
    private static String issuer(String text, String mask, String folded, List<Paragraph> ps) {
        Matcher panel = PANEL.matcher(folded);
        if (panel.find() && panel.start() < 2000) {
            return collapse(mask.substring(panel.start(1), panel.end(1)));
        }
        int limit = ps.isEmpty() ? 0 : ps.get(Math.min(ps.size(), 6) - 1).end();
        StringBuilder b = new StringBuilder();
        int lineStart = 0;
        while (lineStart < limit) {
            int lineEnd = mask.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > limit) {
                lineEnd = limit;
            }
            String line = mask.substring(lineStart, lineEnd).strip();
            if (b.length() > 0 && RULE_LINE.matcher(text.substring(lineStart, lineEnd).strip()).matches()) {
                break; // the short rule under the issuer's name
            }
            String f = folded.substring(lineStart, lineEnd).strip();
            lineStart = lineEnd + 1;
            if (f.startsWith("cong hoa") || f.startsWith("doc lap") || NUMBER_LABEL.matcher(f).lookingAt()
                    || KIND.matcher(f).find()) {
                break;
            }
            // the left column: up to a wide gap or the national motto
            Matcher gap = COLUMN_GAP.matcher(line);
            if (gap.find()) {
                line = line.substring(0, gap.start());
            }
            Matcher right = RIGHT_COLUMN.matcher(vn.dondoc.extraction.text.VietnameseText.fold(line));
            if (right.find()) {
                line = line.substring(0, right.start());
            }
            line = line.replaceAll("[-_=]{2,}", " ").strip();
            if (line.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            if (line.chars().noneMatch(Character::isLowerCase)) {
                b.append(collapse(line)).append('\n');
            } else if (b.length() > 0) {
                break;
            }
        }
        return b.length() == 0 ? null : sentenceCase(b.toString().strip());
    }

    /**
     * "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi": place names after a unit word keep
     * their capitals.
     */
    private static String sentenceCase(String caps) {
        StringBuilder out = new StringBuilder();
        for (String line : caps.split("\n")) {
            boolean place = false;
            String prev = "";
            for (String w : line.split(" +")) {
                String lower = w.toLowerCase(Locale.ROOT);
                String fw = vn.dondoc.extraction.text.VietnameseText.fold(lower);
                boolean unit = !place && (UNIT_WORDS.contains(fw) || fw.equals("pho") && prev.equals("thanh"));
                if (out.length() > 0) {
                    out.append(' ');
                }
                boolean partyOrUnion = (fw.equals("uy") || fw.equals("doan")) && UNIT_WORDS.contains(prev);
                out.append(out.length() == 0 || place && !unit && !partyOrUnion ? titleCase(lower) : lower);
                place |= unit;
                prev = fw;
            }
        }
        String r = out.toString();
        for (String[] proper : PROPER) {
            r = r.replace(proper[0], proper[1]);
        }
        return r;
    }

    /** Names of national bodies that keep their capitals in a sentence-cased header. */
    private static final String[][] PROPER = {{"chính phủ", "Chính phủ"}, {"trung ương", "Trung ương"},
            {"quốc hội", "Quốc hội"}, {"việt nam", "Việt Nam"}, {"đảng cộng sản", "Đảng Cộng sản"}};

    private static String collapse(String s) {
        return s.replaceAll("[*_|]+", " ").replaceAll("\\s+", " ").strip();
    }
}
