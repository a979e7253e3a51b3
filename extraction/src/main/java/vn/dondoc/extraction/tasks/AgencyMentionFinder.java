package vn.dondoc.extraction.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises agency names in a token stream by the grammar of Vietnamese administrative names: a head
 * noun ("Sở", "Bộ", "Ủy ban nhân dân", "Công an", "Cục" …) followed by words of the administration
 * vocabulary, capitalised proper words, locality words ("tỉnh", "Thành phố") and "các" + group words;
 * or a group phrase ("các sở, ban, ngành, địa phương", "các cơ quan, đơn vị liên quan"). Shared-prefix
 * lists ("các Bộ: Tài chính, Xây dựng") are expanded into one mention per member.
 */
final class AgencyMentionFinder {

    private static final Set<String> SO_OCR = Set.of("so", "s6", "se", "s&", "s¢", "s0", "s8", "sd", "s$", "s9", "sa");
    private static final Set<String> BO_OCR = Set.of("bo", "b$", "b¢", "bd", "b6", "b0");
    private static final Set<String> AMBIGUOUS_HEADS = Set.of("so", "bo", "ban", "vu", "vien", "doan", "bao", "dai",
            "truong", "cuc", "phong", "thanh tra", "hoi dong", "trung tam", "van phong", "cong ty", "ngan hang", "uy ban",
            "hoi", "hiep hoi", "thong ke", "buu dien");
    /**
     * Heads matched only as written: one OCR edit away they are common words ("Tính toán", "Thanh toán",
     * "Thông lệ").
     */
    private static final Set<String> EXACT_HEADS = Set.of("tinh doan", "thanh doan", "thong ke", "buu dien",
            "hiep hoi");
    private static final Set<String> GROUP_STARTERS = Set.of("so", "bo", "co", "don", "dia", "nganh", "ban", "tinh",
            "xa", "phuong", "doanh", "chu", "cap", "dang", "doan", "nha", "truong", "vien", "to", "hoi", "hop",
            "dong", "cuc", "vu", "tap", "ubnd", "uy", "thanh", "bo,", "huyen", "quan", "s6", "s&", "se", "s¢", "sd",
            "ca");
    private static final Set<String> LOWER_HEAD_STARTS = Set.of("uy", "cap", "chu", "thu", "cong", "dang", "ubnd",
            "ban", "van", "hoi", "tinh", "thanh", "mat", "so", "bo");

    /** Heads naming the head of a body ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ"). */
    private static final Set<String> ROLE_HEADS = Set.of("bo truong", "thu truong");

    /**
     * A role assignee: "Thủ trưởng các cơ quan …", "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính
     * phủ" — kept as one phrase as written.
     */
    private static int role(Tokens t, int i, int j, String text, List<AgencyMention> out) {
        int last = j - 1;
        if (j < t.size() && t.get(j).gapBefore() == ' ' && (GROUP_STARTERS.contains(t.f(j)) || t.f(j).equals("co")
                || t.f(j).equals("cac"))) {
            List<AgencyMention> tmp = new ArrayList<>();
            int k = t.f(j).equals("cac") ? group(t, j, j + 1, text, tmp, null) : group(t, j, j, text, tmp, null);
            if (!tmp.isEmpty()) {
                last = tmp.get(tmp.size() - 1).lastToken();
            }
        }
        int next = last + 1;
        if (next < t.size() && t.get(next).gapBefore() == ',') {
            String[] h = head(t, next);
            if (h != null && ROLE_HEADS.contains(h[0])) {
                List<AgencyMention> tmp = new ArrayList<>();
                role(t, next, next + Integer.parseInt(h[2]), text, tmp);
                if (!tmp.isEmpty()) {
                    last = tmp.get(tmp.size() - 1).lastToken();
                }
            }
        }
        out.add(new AgencyMention(t.get(i).start(), t.get(last).end(), i, last,
                collapse(text.substring(t.get(i).start(), t.get(last).end())), true));
        return last + 1;
    }

    /** Heads that prefix another agency's name ("Đảng ủy Bộ Tư pháp", "Thường trực Tỉnh ủy"). */
    private static final Set<String> PREFIX_HEADS = Set.of("dang uy", "thuong truc", "cong doan", "doan");

    /** One-syllable heads that also occur inside proper names ("Hải Phòng", "Tây Ban Nha"). */
    private static final Set<String> PROPER_SYLLABLE_HEADS = Set.of("phong", "ban", "dai", "truong", "doan", "bao", "vien",
            "hoi");
    /** Name words that take an object noun phrase inside the name ("Ban Quản lý dự án đầu tư xây dựng tỉnh"). */
    private static final List<String> OBJECT_TAKING = List.of("Quản lý", "Phát triển", "Phục vụ", "Bảo tồn", "Điều phối",
            "Xúc tiến", "Bảo vệ", "Giám sát", "Điều hành");

    /** Name of a mention that stands for the province a central notice is about ("Tỉnh …"). */
    static final String PROVINCE_PLACEHOLDER = "Ủy ban nhân dân tỉnh";
    private static final java.util.Map<String, String> UNITS = java.util.Map.of("tinh", "tỉnh", "phuong", "phường",
            "xa", "xã", "huyen", "huyện");

    /** "các tỉnh: A, B và C" → "Ủy ban nhân dân tỉnh A", … ; {@code u} is the unit token. */
    private static int expandUnits(Tokens t, int i, int u, String text, List<AgencyMention> out, String prefix) {
        String unit = UNITS.get(t.f(u));
        int j = u + 1;
        int first = out.size();
        while (j < t.size() && t.get(j).upper() && head(t, j) == null) {
            int k = j;
            while (k + 1 < t.size() && t.get(k + 1).upper() && t.get(k + 1).gapBefore() == ' ' && head(t, k + 1) == null) {
                k++;
            }
            out.add(new AgencyMention(t.get(j).start(), t.get(k).end(), j, k,
                    prefix + " " + unit + " " + collapse(text.substring(t.get(j).start(), t.get(k).end())), false));
            j = k + 1;
            if (j < t.size() && t.get(j).gapBefore() == ',' && t.get(j).upper()) {
                continue;
            }
            if (j + 1 < t.size() && t.f(j).equals("va") && t.get(j + 1).upper()) {
                j++;
                continue;
            }
            break;
        }
        if (out.size() > first) {
            AgencyMention m = out.get(first);
            out.set(first, new AgencyMention(t.get(i).start(), m.end(), i, m.lastToken(), m.name(), false));
        }
        return j;
    }

    /** Words after which a capitalised syllable is a place name ("thành phố Hội An", "xã Đoàn Kết"). */
    private static final Set<String> PLACE_UNITS = Set.of("tinh", "pho", "xa", "phuong", "huyen", "khu");
    /** Lower-case locality words that may end a name ("Công an phường", "Kho bạc … khu vực XVII"). */
    private static final Set<String> LOCALITY = Set.of("phuong", "xa", "huyen", "quan", "thi", "dac");
    /** One-syllable predicates and function words that never continue a name. */
    private static final Set<String> SINGLE_VERBS = Set.of("lap", "ky", "gui", "co", "can", "phai", "se", "da", "dang",
            "duoc", "la", "cung", "som", "tiep", "tang", "day", "kien", "khan", "chu", "phoi", "tham", "thuc", "trien",
            "xem", "de", "ra", "nang", "uu", "khoi", "phu", "bo", "lam", "nhan", "tuyen", "cap", "ban", "dua", "giu",
            "mo", "xu", "tra", "quan", "hoan", "bao", "nghien", "to", "tong", "kip", "dam", "va", "hoac", "nhung",
            "cac", "mot", "nay", "khi", "neu", "thi", "o", "tai", "ve", "voi", "cho", "cua", "trong", "tren",
            "duoi", "sau", "truoc", "den", "tu", "theo", "vao");
    private static final Set<String> OBJECT = Set.of("cua", "voi", "cho", "ve", "tai", "tren", "den", "theo", "trong");

    /** A lower-case word that can continue the object phrase of a name. */
    private static boolean objectWord(Tokens t, int k) {
        if (k + 1 < t.size() && AdminLexicon.exactWord(t.f(k) + " " + t.f(k + 1)) != null
                && !VERBS.contains(t.f(k) + " " + t.f(k + 1))) {
            return true;
        }
        return !SINGLE_VERBS.contains(t.f(k)) && !OBJECT.contains(t.f(k))
                && !(k + 1 < t.size() && VERBS.contains(t.f(k) + " " + t.f(k + 1)));
    }

    private static boolean endsWithObjectTaking(StringBuilder name) {
        for (String w : OBJECT_TAKING) {
            int n = name.length();
            if (n >= w.length() && name.substring(n - w.length()).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token i is the word "tỉnh" (province), not "tình", "tính" or "tĩnh" that fold alike; without
     * diacritics, "tinh hinh"/"tinh trang" (situation) are not the province either.
     */
    static boolean isTinh(Tokens t, int i, String text) {
        Tokens.Token tok = t.get(i);
        if (tok.end() - tok.start() != 4) {
            return false;
        }
        char v = Character.toLowerCase(text.charAt(tok.start() + 1));
        if (v == 'i') {
            return !t.f(i + 1).equals("hinh") && !t.f(i + 1).equals("trang");
        }
        return v == 'ỉ';
    }

    private static boolean isPlain(String text, Tokens.Token tok) {
        for (int k = tok.start(); k < tok.end(); k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLower(String text, Tokens.Token tok) {
        for (int k = tok.start(); k < tok.end(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lastWasCapital(Tokens t, int k, int i, int headLen) {
        // the previous token is capitalised and is not itself the second syllable of a head or lexicon word
        return k >= i + headLen || headLen == 1;
    }

    /** Verbs that end a name when written with a capital after it ("Bộ Y tế Nghiên cứu …"). */
    private static final Set<String> VERBS = Set.of("chi dao", "nghien cuu", "tong hop", "to chuc", "chu tri",
            "phoi hop", "khan truong", "tham muu", "bao cao", "ra soat", "trien khai", "thuc hien", "hoan thanh",
            "hoan thien", "huong dan", "theo doi", "don doc", "kiem tra", "de xuat", "xem xet", "chu dong", "tiep tuc",
            "phu trach", "co trach", "chiu trach", "can cu", "lanh dao", "xay dung", "thong tin");
    /** Verbs that end a name even when capitalised (crawled text capitalises the first word after a name). */
    private static final Set<String> CAPITAL_VERBS_STOP = Set.of("chi dao", "nghien cuu", "tong hop", "chu tri",
            "phoi hop", "khan truong", "tham muu", "bao cao", "ra soat", "trien khai", "thuc hien", "hoan thanh",
            "hoan thien", "huong dan", "theo doi", "don doc", "kiem tra", "de xuat", "xem xet", "chu dong", "tiep tuc");
    private static final Set<String> NOT_NAME = Set.of("ve", "cua", "voi", "tai", "theo", "trong", "de", "la", "nhu",
            "khi", "thi", "chu", "phoi", "khan", "tham", "giao", "trinh", "neu");

    private AgencyMentionFinder() {
    }

    /** All mentions in the tokens, left to right, not overlapping. */
    static List<AgencyMention> find(Tokens t, String text) {
        List<AgencyMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int before = out.size();
            int next = match(t, i, text, out);
            if (next > i && out.size() > before) {
                i = next;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Mentions starting exactly at token i (possibly several for an expanded list); returns next index. */
    static int match(Tokens t, int i, String text, List<AgencyMention> out) {
        Tokens.Token tok = t.get(i);
        String f = tok.folded();
        // "các tỉnh A, B" → one People's Committee per named unit
        if (f.equals("cac") && UNITS.containsKey(t.f(i + 1)) && i + 2 < t.size() && t.get(i + 2).upper()
                && t.get(i + 2).gapBefore() != ',' && head(t, i + 2) == null) {
            return expandUnits(t, i, i + 1, text, out, "Ủy ban nhân dân");
        }
        if (f.equals("cap") && t.f(i + 1).equals("uy")) {
            return group(t, i, i, text, out, null);
        }
        if ((f.equals("cac") || f.equals("moi") || f.length() == 3 && f.charAt(0) == 'c' && f.charAt(2) == 'c'
                && !f.equals("cuc") && tok.end() - tok.start() == 3) && i + 1 < t.size() && !t.f(i + 1).equals("dong") && GROUP_STARTERS.contains(t.f(i + 1))
                && t.get(i + 1).gapBefore() == ' ') {
            return group(t, i, i + 1, text, out, null);
        }
        if (f.equals("cac") && t.f(i + 1).equals("dong") && t.f(i + 2).equals("chi") && i + 3 < t.size()) {
            int before = out.size();
            int next = match(t, i + 3, text, out);
            if (out.size() > before && out.get(before).firstToken() == i + 3) {
                AgencyMention m = out.get(before);
                out.set(before, new AgencyMention(tok.start(), m.end(), i, m.lastToken(), m.name(), m.group()));
            }
            return next;
        }
        // "Tỉnh …" (the province a central notice is about) as an assignee
        if (f.equals("tinh") && tok.upper() && i + 1 < t.size() && !t.get(i + 1).upper()
                && !t.f(i + 1).equals("uy") && !t.f(i + 1).equals("doan") && t.get(i + 1).gapBefore() == ' '
                && isTinh(t, i, text)) {
            out.add(new AgencyMention(tok.start(), tok.end(), i, i, PROVINCE_PLACEHOLDER, false));
            return i + 1;
        }
        if (f.equals("thanh") && t.f(i + 1).equals("pho") && tok.upper() && i + 2 < t.size()
                && t.get(i + 2).upper() && t.get(i + 2).gapBefore() == ' ') {
            int k = i + 2;
            while (k + 1 < t.size() && t.get(k + 1).upper() && t.get(k + 1).gapBefore() == ' ' && head(t, k + 1) == null) {
                k++;
            }
            out.add(new AgencyMention(tok.start(), t.get(k).end(), i, k,
                    "Ủy ban nhân dân " + collapse(text.substring(tok.start(), t.get(k).end())), false));
            return k + 1;
        }
        // head noun (written lower case only for a few heads)
        if (!tok.upper() && !LOWER_HEAD_STARTS.contains(f)) {
            return i;
        }
        String[] head = head(t, i);
        if (head == null) {
            return i;
        }
        int headLen = Integer.parseInt(head[2]);
        int j = i + headLen;
        if (ROLE_HEADS.contains(head[0])) {
            return role(t, i, j, text, out);
        }
        if ((head[0].equals("ubnd") || head[0].equals("uy ban nhan dan")) && t.f(j).equals("cac")
                && UNITS.containsKey(t.f(j + 1)) && j + 2 < t.size() && t.get(j + 2).upper()
                && t.get(j + 2).gapBefore() != ',' && head(t, j + 2) == null) {
            int before = out.size();
            int next = expandUnits(t, j, j + 1, text, out, "Ủy ban nhân dân");
            if (out.size() > before) {
                AgencyMention m = out.get(before);
                out.set(before, new AgencyMention(tok.start(), m.end(), i, m.lastToken(), m.name(), false));
            }
            return next;
        }
        boolean ambiguous = AMBIGUOUS_HEADS.contains(head[0]);
        if (ambiguous && !tok.upper()) {
            return i;
        }
        if (ambiguous && headLen == 1 && j < t.size() && !t.get(j).upper() && !t.f(j).contains("&")
                && !AdminLexicon.ABBREVIATIONS.containsKey(t.f(j))) {
            return i;
        }
        StringBuilder name = new StringBuilder(head[1]);
        int last = j - 1;
        boolean grew = false;
        int lexiconEnd = -1;
        while (j < t.size()) {
            Tokens.Token n = t.get(j);
            String nf = n.folded();
            char gap = n.gapBefore();
            if (gap == ',' && j + 1 < t.size() && (nf.equals("the") && t.f(j + 1).equals("thao"))) {
                name.append(", Thể thao");
                j += 2;
                last = j - 1;
                grew = true;
                continue;
            }
            if (gap == ',' && grew && n.upper() && j + 3 < t.size() && lexiconWord(t, j, text) != null
                    && t.f(j + 2).equals("va") && t.get(j + 3).upper() && head(t, j + 3) == null
                    && lexiconWord(t, j + 3, text) != null) {
                name.append(", ").append(collapse(text.substring(n.start(), t.get(j + 4).end())));
                j += 5;
                last = j - 1;
                continue;
            }
            if (gap == ' ' && grew && (nf.equals("-") || nf.equals("–")) && j + 1 < t.size() && t.get(j + 1).upper()
                    && head(t, j + 1) == null) {
                name.append(" -");
                j++;
                continue;
            }
            if (gap == ',' && nf.equals("tai") && t.f(j + 1).equals("chinh") && head[0].equals("vu")) {
                name.append(", Tài chính");
                j += 2;
                last = j - 1;
                continue;
            }
            if (gap == ',' && LOCALITY.contains(nf) && !n.upper() && last == j - 1
                    && LOCALITY.contains(t.f(j - 1)) || gap == ',' && nf.equals("dac") && t.f(j + 1).equals("khu")
                    && LOCALITY.contains(t.f(j - 1))) {
                int k = nf.equals("dac") ? j + 1 : j;
                name.append(", ").append(collapse(text.substring(n.start(), t.get(k).end())));
                j = k + 1;
                last = k;
                continue;
            }
            if (gap != ' ') {
                break;
            }
            String abbr = AdminLexicon.ABBREVIATIONS.get(nf);
            if (abbr != null && !nf.equals("vp")) {
                name.append(' ').append(abbr);
                last = j++;
                grew = true;
                continue;
            }
            if (!n.upper() && endsWithObjectTaking(name) && objectWord(t, j)) {
                int k = j;
                while (k < t.size() && k - j < 8 && !t.get(k).upper() && (k == j || t.get(k).gapBefore() == ' ')
                        && objectWord(t, k)) {
                    k += j + 1 < t.size() && AdminLexicon.exactWord(t.f(k) + " " + t.f(k + 1)) != null ? 2 : 1;
                }
                k = Math.min(k, t.size());
                name.append(' ').append(collapse(text.substring(n.start(), t.get(k - 1).end())));
                j = k;
                last = k - 1;
                continue;
            }
            // a verb ends the name; right after a bare head too ("Tỉnh đoàn tổ chức …"), unless the head takes an object
            if (j + 1 < t.size() && VERBS.contains(nf + " " + t.f(j + 1)) && (grew || last == i + headLen - 1
                    && !n.upper() && !endsWithObjectTaking(name))
                    && (!n.upper() || CAPITAL_VERBS_STOP.contains(nf + " " + t.f(j + 1)))) {
                break;
            }
            if (nf.equals("so") && !n.upper() && name.toString().endsWith("Chuyển đổi")) {
                name.append(" số");
                last = j++;
                continue;
            }
            if (j + 1 < t.size() && t.get(j + 1).gapBefore() == ' ') {
                String w = lexiconWord(t, j, text);
                // a lower-case word after "tỉnh" is the predicate ("Bưu điện tỉnh truyền thông …")
                boolean afterProvince = !n.upper() && j > 0 && t.f(j - 1).equals("tinh");
                if (w != null && (n.upper() || grew || !ambiguous) && !afterProvince) {
                    w = n.upper() ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
                            : Character.toLowerCase(w.charAt(0)) + w.substring(1);
                    name.append(' ').append(w);
                    j += 2;
                    last = j - 1;
                    lexiconEnd = last;
                    grew = true;
                    continue;
                }
            }
            if (nf.equals("cac") && j + 1 < t.size() && GROUP_STARTERS.contains(t.f(j + 1))) {
                List<AgencyMention> tmp = new ArrayList<>();
                int k = group(t, j, j + 1, text, tmp, null);
                if (!tmp.isEmpty()) {
                    name.append(' ').append(tmp.get(0).name());
                    j = k;
                    last = j - 1;
                    grew = true;
                }
                break;
            }
            if (nf.equals("va") && j + 1 < t.size() && t.get(j + 1).upper() && head(t, j + 1) == null
                    && !t.f(j + 1).equals("cac") && (grew || headLen >= 2)) {
                name.append(" và");
                j++;
                continue;
            }
            if (!n.upper() && LOCALITY.contains(nf) && !(nf.equals("xa") && t.f(j + 1).equals("hoi"))) {
                name.append(' ').append(text, n.start(), n.end());
                last = j++;
                grew = true;
                continue;
            }
            if (nf.equals("khu") && t.f(j + 1).equals("vuc")) {
                name.append(' ').append(collapse(text.substring(n.start(), t.get(j + 1).end())));
                j += 2;
                last = j - 1;
                grew = true;
                continue;
            }
            if (!n.upper() && j - 1 >= 0 && t.get(j - 1).upper() && hasLower(text, t.get(j - 1)) && j - 1 != lexiconEnd
                    && lastWasCapital(t, j - 1, i, headLen)
                    && !NOT_NAME.contains(nf) && !SINGLE_VERBS.contains(nf) && !OBJECT.contains(nf)
                    && !(j + 1 < t.size() && VERBS.contains(nf + " " + t.f(j + 1))) && j - i < 16) {
                name.append(' ').append(text, n.start(), n.end());
                last = j++;
                grew = true;
                continue;
            }
            if (nf.equals("tinh") && isTinh(t, j, text) || nf.equals("tw") || nf.equals("trung") && t.f(j + 1).equals("uong")
                    || nf.equals("thanh") && t.f(j + 1).equals("pho")) {
                if (nf.equals("trung") || nf.equals("thanh")) {
                    name.append(' ').append(collapse(text.substring(n.start(), t.get(j + 1).end())));
                    j += 2;
                } else {
                    name.append(' ').append(text, n.start(), n.end());
                    j++;
                }
                last = j - 1;
                grew = true;
                continue;
            }
            if (nf.equals("thuoc") && j + 1 < t.size() && t.get(j + 1).upper()) {
                name.append(' ').append(text, n.start(), n.end());
                j++;
                continue;
            }
            if (n.upper() && !NOT_NAME.contains(nf) && (head(t, j) == null || !grew && ambiguous
                    || !grew && PREFIX_HEADS.contains(head[0])
                    || grew && PROPER_SYLLABLE_HEADS.contains(nf) && t.get(j - 1).upper() && hasLower(text, t.get(j - 1))
                    || grew && PROPER_SYLLABLE_HEADS.contains(nf) && PLACE_UNITS.contains(t.f(j - 1)))) {
                if (nf.equals("va")) {
                    break;
                }
                name.append(' ').append(text, n.start(), n.end());
                last = j++;
                grew = true;
                continue;
            }
            break;
        }
        // a dangling "và" is not part of the name
        String written = name.toString();
        if (written.endsWith(" và")) {
            written = written.substring(0, written.length() - 3);
        }
        if (ambiguous && !grew) {
            return i;
        }
        if (t.get(last).end() > 0 && last + 1 < t.size() && t.get(last + 1).gapBefore() == ':'
                && (head[0].equals("so") || head[0].equals("bo")) && !grew) {
            return i;
        }
        out.add(new AgencyMention(tok.start(), t.get(last).end(), i, last, written, false));
        return last + 1;
    }

    /** A group phrase starting at token i ("các"), first group word at token g. */
    private static int group(Tokens t, int i, int g, String text, List<AgencyMention> out, String prefix) {
        int j = g;
        int last = g;
        while (j < t.size()) {
            Tokens.Token n = t.get(j);
            String nf = n.folded();
            char gap = n.gapBefore();
            if (j > g && gap != ' ' && gap != ',') {
                break;
            }
            boolean plain = isPlain(text, n);
            if (j > g && gap == ',' && (!groupWord(nf, plain)
                    || head(t, j) != null && j + 1 < t.size() && t.get(j).upper() && t.get(j + 1).upper())) {
                break;
            }
            if (nf.equals("va") || nf.equals("hoac")) {
                if (j + 1 < t.size() && AdminLexicon.GROUP_WORDS.contains(t.f(j + 1)) && !t.f(j + 1).equals("cac")
                        && head(t, j + 1) == null) {
                    j++;
                    continue;
                }
                break;
            }
            if (nf.equals("co") && t.f(j + 1).equals("lien")) {
                j++;
                continue;
            }
            if (nf.equals("chu") && t.f(j + 1).equals("dau") && t.f(j + 2).equals("tu")) {
                last = j + 2;
                j += 3;
                continue;
            }
            if (nf.equals("tham") && t.f(j + 1).equals("muu") && t.f(j - 1).equals("quan") && t.f(j - 2).equals("co")) {
                last = j + 1;
                j += 2;
                continue;
            }
            if (j >= g + 2 && gap == ' ' && t.f(j - 2).equals("lien") && t.f(j - 1).equals("quan")) {
                break;
            }
            String needs = PAIRED.get(nf);
            if (needs != null && (!needs.contains("|" + t.f(j + 1) + "|") || nf.equals("nghien") && !t.f(j - 1).equals("vien"))
                    && j > g) {
                break;
            }
            if (groupWord(nf, gap == ',' && plain) || SO_OCR.contains(nf) && j == g) {
                if (j > g && nf.equals("cac") && head(t, j + 1) != null) {
                    break;
                }
                last = j++;
                continue;
            }
            break;
        }
        String phrase = groupName(t, i, last, text);
        // shared-prefix list: "các Bộ: Tài chính, Xây dựng" / "các Sở, ban, ngành, đơn vị: Công an tỉnh, …"
        if (last + 1 < t.size() && t.get(last + 1).gapBefore() == ':' && t.get(last + 1).upper()) {
            String memberHead = switch (t.f(g)) {
                case "bo" -> "Bộ";
                case "so", "s6", "s&", "se", "s¢" -> "Sở";
                default -> null;
            };
            if (memberHead != null) {
                int before = out.size();
                int next = expandList(t, last + 1, text, out, memberHead);
                if (out.size() > before) {
                    AgencyMention m = out.get(before);
                    out.set(before, new AgencyMention(t.get(i).start(), m.end(), i, m.lastToken(), m.name(), false));
                }
                return next;
            }
        }
        out.add(new AgencyMention(t.get(i).start(), t.get(last).end(), i, last, phrase, true));
        return last + 1;
    }

    /** Members of a shared-prefix list after ':'. */
    private static int expandList(Tokens t, int j, String text, List<AgencyMention> out, String memberHead) {
        while (j < t.size()) {
            List<AgencyMention> own = new ArrayList<>();
            int k = match(t, j, text, own);
            if (!own.isEmpty() && head(t, j) != null && !AgencyMentionFinder.isField(t, j, text)) {
                out.addAll(own);
                j = k;
            } else {
                // field words: a lexicon word or capitalised words up to the next comma
                Tokens.Token first = t.get(j);
                if (!first.upper()) {
                    break;
                }
                StringBuilder name = new StringBuilder(memberHead);
                int k2 = j;
                int last = j;
                while (k2 < t.size() && (k2 == j || t.get(k2).gapBefore() == ' ')) {
                    String w = k2 + 1 < t.size() && t.get(k2 + 1).gapBefore() == ' '
                            ? lexiconWord(t, k2, text) : null;
                    if (w != null) {
                        name.append(' ').append(t.get(k2).upper() ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                        last = k2 + 1;
                        k2 += 2;
                    } else if (t.get(k2).upper() || t.f(k2).equals("va") && k2 + 1 < t.size() && t.get(k2 + 1).upper()) {
                        name.append(' ').append(text, t.get(k2).start(), t.get(k2).end());
                        last = k2;
                        k2++;
                    } else {
                        break;
                    }
                }
                if (t.f(last + 1).equals("the") && t.f(last + 2).equals("thao") && t.get(last + 1).gapBefore() == ',') {
                    // "Văn hóa, Thể thao và Du lịch"
                    int m = last + 3;
                    name.append(", Thể thao");
                    last = last + 2;
                    while (m < t.size() && t.get(m).gapBefore() == ' ' && (t.get(m).upper() || t.f(m).equals("va")
                            || t.get(m - 1).upper() && !SINGLE_VERBS.contains(t.f(m)))) {
                        name.append(' ').append(t.f(m).equals("va") ? "và" : text.substring(t.get(m).start(), t.get(m).end()));
                        last = m++;
                    }
                }
                out.add(new AgencyMention(t.get(j).start(), t.get(last).end(), j, last, name.toString(), false));
                j = last + 1;
            }
            if (j < t.size() && (t.get(j).gapBefore() == ',' || t.f(j).equals("va") && t.get(j).gapBefore() == ' ')) {
                if (t.f(j).equals("va")) {
                    j++;
                }
                if (j < t.size() && t.get(j).upper()) {
                    continue;
                }
            }
            break;
        }
        return j;
    }

    /** The lexicon word made of tokens j and j+1; OCR-tolerant only where the text lost its diacritics. */
    static String lexiconWord(Tokens t, int j, String text) {
        String key = t.f(j) + " " + t.f(j + 1);
        boolean plain = true;
        for (int k = t.get(j).start(); k < t.get(j + 1).end() && plain; k++) {
            plain = text.charAt(k) < 128;
        }
        return plain ? AdminLexicon.word(key) : AdminLexicon.exactWord(key);
    }

    private static boolean isField(Tokens t, int j, String text) {
        String[] h = head(t, j);
        if (h != null && h[0].equals(t.f(j) + " " + t.f(j + 1))) {
            return false;
        }
        return j + 1 < t.size() && lexiconWord(t, j, text) != null
                && !"cong an".equals(t.f(j) + " " + t.f(j + 1)) && !"van phong".equals(t.f(j) + " " + t.f(j + 1));
    }

    private static final java.util.Map<String, String[]> HEAD_PARTS = new java.util.HashMap<>();

    private static final java.util.Map<Character, List<String[]>> HEADS_BY_INITIAL = new java.util.HashMap<>();

    static {
        for (String[] h : AdminLexicon.HEADS) {
            HEAD_PARTS.put(h[0], h[0].split(" "));
            HEADS_BY_INITIAL.computeIfAbsent(h[0].charAt(0), c -> new ArrayList<>()).add(h);
        }
    }

    /** {folded head, written head, token count} when a head noun starts at token i. */
    static String[] head(Tokens t, int i) {
        if (i >= t.size()) {
            return null;
        }
        String f0 = t.f(i);
        if (SO_OCR.contains(f0) && t.get(i).upper() && t.get(i).end() - t.get(i).start() == 2) {
            return new String[] {"so", "Sở", "1"};
        }
        if (BO_OCR.contains(f0) && t.get(i).upper()) {
            if (t.f(i + 1).equals("truong")) {
                return new String[] {"bo truong", "Bộ trưởng", "2"};
            }
            if (i + 1 < t.size() && !t.get(i + 1).upper() && !t.f(i + 1).contains("&")) {
                return null;
            }
            return new String[] {"bo", "Bộ", "1"};
        }
        String[] fuzzy = null;
        List<String[]> candidates = HEADS_BY_INITIAL.get(f0.charAt(0));
        if (candidates == null) {
            return null;
        }
        String joined = null;
        for (String[] h : candidates) {
            String[] parts = HEAD_PARTS.get(h[0]);
            if (i + parts.length > t.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < parts.length && ok; k++) {
                ok = t.f(i + k).equals(parts[k]) && (k == 0 || t.get(i + k).gapBefore() == ' ');
            }
            if (ok) {
                return new String[] {h[0], h[1], String.valueOf(parts.length)};
            }
            if (parts.length == 2 && t.get(i).upper() && t.get(i + 1).gapBefore() == ' ') {
                if (joined == null) {
                    joined = t.f(i) + " " + t.f(i + 1);
                }
                if (fuzzy == null && joined.length() >= 7 && !EXACT_HEADS.contains(h[0])
                        && AdminLexicon.withinOneEdit(h[0], joined)) {
                    fuzzy = new String[] {h[0], h[1], "2"};
                }
            }
        }
        return fuzzy;
    }

    private static String fuzzyGroupWord(String f) {
        if (f.length() < 3 || f.length() > 6) {
            return null;
        }
        for (String w : AdminLexicon.GROUP_WORDS) {
            if (w.length() >= 3 && w.charAt(0) == f.charAt(0) && AdminLexicon.withinOneEdit(w, f)) {
                return w;
            }
        }
        return null;
    }

    /** Group words that only count as the first syllable of a known two-syllable word. */
    private static final java.util.Map<String, String> PAIRED = java.util.Map.of(
            "tap", "|doan|", "trung", "|uong|", "hop", "|tac|", "nghien", "|cuu|", "doanh", "|nghiep|",
            "chinh", "|quyen|tri|phu|", "nha", "|thau|nuoc|", "ca", "|nhan|", "lanh", "|dao|", "toan", "|he|");

    private static boolean groupWord(String f, boolean listItem) {
        if (AdminLexicon.GROUP_WORDS.contains(f)) {
            return true;
        }
        if (!listItem || f.length() < 3 || f.length() > 6) {
            return false;
        }
        for (String w : AdminLexicon.GROUP_WORDS) {
            if (w.length() >= 3 && w.charAt(0) == f.charAt(0) && AdminLexicon.withinOneEdit(w, f)) {
                return true;
            }
        }
        return false;
    }

    /** The group phrase as written, with OCR-garbled "Sở" and "UBND" normalised. */
    private static String groupName(Tokens t, int i, int last, String text) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k <= last; k++) {
            if (k > i) {
                char g = t.get(k).gapBefore();
                b.append(g == ' ' ? " " : g + " ");
            }
            String f = t.f(k);
            String w = text.substring(t.get(k).start(), t.get(k).end());
            if (k == i && f.length() == 3 && f.charAt(0) == 'c' && f.charAt(2) == 'c' && !f.equals("cuc")) {
                w = Character.isUpperCase(w.charAt(0)) ? "Các" : "các";
            } else if (SO_OCR.contains(f) && w.length() == 2) {
                w = Character.isUpperCase(w.charAt(0)) ? "Sở" : "sở";
            } else if (f.equals("ubnd")) {
                w = "Ủy ban nhân dân";
            } else if (t.get(k).gapBefore() == ',' && !AdminLexicon.GROUP_WORDS.contains(f) && fuzzyGroupWord(f) != null) {
                w = fuzzyGroupWord(f);
            } else if (AdminLexicon.knownSyllable(f) && w.chars().allMatch(c -> c < 128)) {
                w = restoreSyllable(w, f);
            }
            b.append(w);
        }
        return collapse(b.toString());
    }

    private static String restoreSyllable(String w, String f) {
        return w;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[*_]+");
    private static final java.util.regex.Pattern WS = java.util.regex.Pattern.compile("\\s+");

    static String collapse(String s) {
        return WS.matcher(MARKS.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
