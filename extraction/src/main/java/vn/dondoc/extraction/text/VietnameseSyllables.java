package vn.dondoc.extraction.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese syllable structure (initial consonant + rhyme) on folded text, used to repair OCR-garbled
 * words: a folded token that is not a possible Vietnamese syllable ("phudc", "phuec") is replaced by the
 * nearest possible one ("phuoc"), and common personal-name syllables get their usual diacritics back
 * ("tran" → "Trần", "phuoc" → "Phước").
 */
public final class VietnameseSyllables {

    private static final String INITIAL = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?";
    private static final Set<String> RHYMES = new java.util.HashSet<>(List.of(
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
            "e", "ec", "em", "en", "eng", "eo", "ep", "et", "ech", "enh", "eu",
            "i", "ia", "ich", "iec", "iem", "ien", "ieng", "iep", "iet", "ieu", "im", "in", "inh", "ip", "it", "iu",
            "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oc", "oe",
            "oem", "oen", "oeo", "oet", "oi", "om", "on", "ong", "ooc", "oong", "op", "ot",
            "u", "ua", "uan", "uang", "uat", "uay", "uc", "uan", "ue", "uech", "uenh", "ui", "um", "un", "ung", "uo",
            "uoc", "uoi", "uom", "uon", "uong", "uop", "uot", "uou", "up", "ut", "uu", "uy", "uya", "uyen", "uyet",
            "uynh", "uych", "uyt", "uyu", "uych",
            "y", "yen", "yet", "yeu", "ym", "yn", "ynh"));
    private static final Pattern SPLIT = Pattern.compile("^(" + INITIAL + ")([aeiouy][a-z]*)$");
    private static final String LETTERS = "abcdeghiklmnopqrstuvxy";

    /** Usual written form of personal-name syllables (surnames, middle and given names). */
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String w : List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
                "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Tạ", "Lương", "Văn", "Thị", "Đức",
                "Hữu", "Quốc", "Minh", "Thanh", "Hồng", "Phước", "Phúc", "Hiền", "Hiếu", "Hùng", "Dũng", "Sơn",
                "Long", "Hải", "Hà", "Hưng", "Tuấn", "Anh", "Bình", "Cường", "Chính", "Công", "Đăng", "Trình", "Tô",
                "Tâm", "Thành", "Thắng", "Trung", "Tú", "Vinh", "Việt", "Xuân", "Khánh", "Khoa", "Lâm", "Nam",
                "Ngọc", "Phong", "Quang", "Tiến", "Toàn", "Trọng", "Tuệ", "Hiệp", "Huy", "Hậu", "Lợi", "Lộc",
                "Nghĩa", "Phát", "Tài", "Thái", "Thông", "Thuận", "Vân", "Yến", "Hạnh", "Hương", "Lan", "Linh",
                "Nhung", "Oanh", "Phương", "Thu", "Trang", "Tuyết", "Vy", "Khiêm", "Quý")) {
            NAMES.putIfAbsent(VietnameseText.fold(w), w);
        }
    }

    private static final Set<String> SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu",
            "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "trinh", "dao", "mai", "ta", "luong", "truong",
            "doan", "lam", "cao", "ha", "quach", "thai", "to", "chu", "lai", "trieu", "kieu", "vuong", "la", "tong",
            "luu", "nong", "y", "thach", "son", "danh", "kim", "au", "giang", "khuat", "tang", "ton", "van", "dam");

    private VietnameseSyllables() {
    }

    /** True for a folded syllable that is a common Vietnamese surname. */
    public static boolean commonSurname(String folded) {
        return SURNAMES.contains(repair(folded));
    }

    /** True when the folded token can be a Vietnamese syllable. */
    public static boolean possible(String folded) {
        var m = SPLIT.matcher(folded);
        if (!m.matches()) {
            return false;
        }
        String rhyme = m.group(2);
        String initial = m.group(1);
        if (initial.equals("qu") || initial.equals("gi")) {
            return RHYMES.contains(rhyme) || rhyme.isEmpty();
        }
        return RHYMES.contains(rhyme);
    }

    /**
     * The folded token itself when it is a possible syllable, else the possible syllable one substitution
     * (preferred, vowels first) or one deletion away, or the token unchanged when there is none or several.
     */
    public static String repair(String folded) {
        if (folded.isEmpty() || possible(folded)) {
            return folded;
        }
        String best = null;
        char[] c = folded.toCharArray();
        for (int i = 0; i < c.length && best == null; i++) {
            char orig = c[i];
            for (char r : "aeiouy".toCharArray()) {
                c[i] = r;
                String s = new String(c);
                if (r != orig && possible(s) && NAMES.containsKey(s)) {
                    best = s;
                    break;
                }
            }
            c[i] = orig;
        }
        for (int i = 0; i < c.length && best == null; i++) {
            char orig = c[i];
            for (char r : LETTERS.toCharArray()) {
                c[i] = r;
                String s = new String(c);
                if (r != orig && possible(s)) {
                    best = s;
                    break;
                }
            }
            c[i] = orig;
        }
        for (int i = 0; i < folded.length() && best == null; i++) {
            String s = folded.substring(0, i) + folded.substring(i + 1);
            if (possible(s)) {
                best = s;
            }
        }
        return best == null ? folded : best;
    }

    /** A personal name with OCR-garbled syllables repaired and usual diacritics restored where known. */
    public static String restoreName(String name) {
        StringBuilder b = new StringBuilder();
        boolean garbled = false;
        for (String part : name.split("\\s+")) {
            String f = VietnameseText.fold(part);
            garbled |= !part.isEmpty() && !possible(f);
        }
        for (String part : name.split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String f = VietnameseText.fold(part);
            String fixed = repair(f);
            String written = NAMES.get(fixed);
            boolean hasMarks = !f.equals(part.toLowerCase(java.util.Locale.ROOT));
            String out;
            if (written != null && (!hasMarks || garbled)) {
                out = written;
            } else if (!fixed.equals(f)) {
                out = Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
            } else {
                out = part;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(out);
        }
        return b.toString();
    }
}
