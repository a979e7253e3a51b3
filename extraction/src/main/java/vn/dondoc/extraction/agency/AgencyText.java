package vn.dondoc.extraction.agency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.dondoc.extraction.text.VietnameseText;

/**
 * Turns an agency mention into match tokens: {@link VietnameseText#fold}, common OCR glyph repairs ("S¢" →
 * "so", "0y" → "oy"), punctuation dropped, abbreviations expanded ("UBND" → "uy ban nhan dan", "KH&CN" →
 * "khoa hoc va cong nghe", "&" → "va").
 */
final class AgencyText {

    private AgencyText() {
    }

    /** Abbreviations, keyed by folded token (with '&' kept). */
    private static final Map<String, String> ABBREV = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("ub", "uy ban"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("dbqh", "dai bieu quoc hoi"),
            Map.entry("vp", "van phong"),
            Map.entry("tp", "thanh pho"),
            Map.entry("tphcm", "thanh pho ho chi minh"),
            Map.entry("hcm", "ho chi minh"),
            Map.entry("tw", "trung uong"),
            Map.entry("vn", "viet nam"),
            Map.entry("kh&cn", "khoa hoc va cong nghe"),
            Map.entry("khcn", "khoa hoc va cong nghe"),
            Map.entry("kh&kt", "khoa hoc va ky thuat"),
            Map.entry("khkt", "khoa hoc va ky thuat"),
            Map.entry("gd&dt", "giao duc va dao tao"),
            Map.entry("gddt", "giao duc va dao tao"),
            Map.entry("nn&mt", "nong nghiep va moi truong"),
            Map.entry("nnmt", "nong nghiep va moi truong"),
            Map.entry("nn&ptnt", "nong nghiep va phat trien nong thon"),
            Map.entry("ptnt", "phat trien nong thon"),
            Map.entry("tn&mt", "tai nguyen va moi truong"),
            Map.entry("tnmt", "tai nguyen va moi truong"),
            Map.entry("kh&dt", "ke hoach va dau tu"),
            Map.entry("khdt", "ke hoach va dau tu"),
            Map.entry("tt&tt", "thong tin va truyen thong"),
            Map.entry("tttt", "thong tin va truyen thong"),
            Map.entry("ldtb&xh", "lao dong thuong binh va xa hoi"),
            Map.entry("ldtbxh", "lao dong thuong binh va xa hoi"),
            Map.entry("dt&tg", "dan toc va ton giao"),
            Map.entry("dttg", "dan toc va ton giao"),
            Map.entry("vhttdl", "van hoa the thao va du lich"),
            Map.entry("vhtt&dl", "van hoa the thao va du lich"),
            Map.entry("vh", "van hoa"),
            Map.entry("tt&dl", "the thao va du lich"),
            Map.entry("gtvt", "giao thong van tai"),
            Map.entry("kkt", "khu kinh te"),
            Map.entry("kcn", "khu cong nghiep"),
            Map.entry("bql", "ban quan ly"),
            Map.entry("bchqs", "bo chi huy quan su"),
            Map.entry("chqs", "chi huy quan su"),
            Map.entry("bdbp", "bo doi bien phong"),
            Map.entry("lhpn", "lien hiep phu nu"),
            Map.entry("ldld", "lien doan lao dong"),
            Map.entry("ccb", "cuu chien binh"),
            Map.entry("vksnd", "vien kiem sat nhan dan"),
            Map.entry("tand", "toa an nhan dan"),
            Map.entry("bhxh", "bao hiem xa hoi"),
            Map.entry("kbnn", "kho bac nha nuoc"),
            Map.entry("nhnn", "ngan hang nha nuoc"),
            Map.entry("ptth", "phat thanh truyen hinh"),
            Map.entry("pvhcc", "phuc vu hanh chinh cong"),
            Map.entry("cds", "chuyen doi so"),
            Map.entry("cntt", "cong nghe thong tin"),
            Map.entry("bvdk", "benh vien da khoa"),
            Map.entry("dh", "dai hoc"),
            Map.entry("cq", "co quan"),
            Map.entry("dv", "don vi"));

    /** Match tokens of a mention (see class comment). */
    static List<String> tokens(String mention) {
        List<String> out = new ArrayList<>();
        String f = VietnameseText.fold(mention);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= f.length(); i++) {
            char c = i < f.length() ? f.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
                cur.append(c);
            } else if (c == '¢' || c == 'ø' || c == '°') {
                cur.append('o');
            } else if (c == '€') {
                cur.append('e');
            } else if (c == '©') {
                cur.append('c');
            } else if (c > 127 && Character.isLetter(c)) {
                cur.append(c); // unknown OCR glyph: kept, costs little in the fuzzy comparison
            } else if (cur.length() > 0) {
                expand(repairDigits(cur.toString()), out);
                cur.setLength(0);
            }
        }
        return out;
    }

    /** Digits inside a word are OCR damage: "s6" → "so", "0y" → "oy", "1ap" → "lap". */
    private static String repairDigits(String t) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        if (!letter || !digit) {
            return t;
        }
        return t.replace('0', 'o').replace('6', 'o').replace('1', 'l');
    }

    private static void expand(String t, List<String> out) {
        String abbr = ABBREV.get(t);
        if (abbr != null) {
            addAll(abbr, out);
            return;
        }
        int amp = t.indexOf('&');
        if (amp < 0) {
            out.add(t);
            return;
        }
        if (t.equals("&") || t.chars().allMatch(ch -> ch == '&')) {
            out.add("va");
            return;
        }
        if (amp == t.length() - 1 && t.indexOf('&') == t.lastIndexOf('&')) {
            out.add(t.replace('&', 'o')); // "S&" is an OCR'd "Sở"
            return;
        }
        String[] parts = t.split("&");
        boolean first = true;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (!first) {
                out.add("va");
            }
            first = false;
            String a = ABBREV.get(p);
            if (a != null) {
                addAll(a, out);
            } else {
                out.add(p);
            }
        }
    }

    private static void addAll(String words, List<String> out) {
        for (String w : words.split(" ")) {
            out.add(w);
        }
    }

    /** Lower-case NFC words that carry a diacritic: used to break ties between names that fold alike. */
    static List<String> accentedWords(String s) {
        List<String> out = new ArrayList<>();
        String nfc = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String w : nfc.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !VietnameseText.fold(w).equals(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
