package vn.dondoc.extraction.tasks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dondoc.extraction.text.VietnameseText;

/**
 * General vocabulary of Vietnamese public administration used to recognise and restore agency names:
 * the two-syllable words that make up names of ministries, departments and bodies ("Tài chính", "Khoa
 * học", "Công nghệ", "Nội vụ" …), the head nouns that open an agency name ("Sở", "Bộ", "Ủy ban nhân dân",
 * "Cục" …), group words ("cơ quan", "đơn vị", "địa phương" …) and common abbreviations. Lookups accept
 * one OCR edit ("Khoa hgc" → "Khoa học", "Noi vy" → "Nội vụ").
 */
public final class AdminLexicon {

    private static final List<String> WORDS = List.of(
            "Tài chính", "Khoa học", "Công nghệ", "Nội vụ", "Tư pháp", "Y tế", "Xây dựng", "Công Thương",
            "Giáo dục", "Đào tạo", "Nông nghiệp", "Môi trường", "Văn hóa", "Thể thao", "Du lịch", "Dân tộc",
            "Tôn giáo", "Ngoại vụ", "Ngoại giao", "Quốc phòng", "Công an", "Thanh tra", "Thống kê", "Kế hoạch",
            "Đầu tư", "Lao động", "Thương binh", "Xã hội", "Tài nguyên", "Giao thông", "Vận tải", "Thông tin",
            "Truyền thông", "Ngân hàng", "Nhà nước", "Văn phòng", "Quản lý", "Kinh tế", "Chỉ đạo",
            "Chuyển đổi", "Phát thanh", "Truyền hình", "Mặt trận", "Tổ quốc", "Bảo hiểm", "Kho bạc", "Di sản",
            "Bản quyền", "tác giả", "Tổ chức", "cán bộ", "Hành chính", "Thi đua", "Khen thưởng", "Pháp chế",
            "Điện lực", "Công nghiệp", "Năng lượng", "Dầu khí", "Xuất bản", "Báo chí", "điện tử", "Đối ngoại",
            "cơ sở", "Chính phủ", "Trung ương", "Phát triển", "Chính trị", "Quốc hội", "Tỉnh ủy", "Thành ủy",
            "Đảng ủy", "Nhân dân", "Hội đồng", "Ủy ban", "Kiểm toán", "Kiểm sát", "Tòa án", "Viễn thông",
            "Hải quan", "Thuế", "Biên phòng", "Quân sự", "Cảnh sát", "Phòng cháy", "Chữa cháy", "Cứu nạn",
            "Cứu hộ", "Đô thị", "Hạ tầng", "Dịch vụ", "Hỗ trợ", "Xúc tiến", "Thương mại", "Khuyến nông",
            "Thủy lợi", "Lâm nghiệp", "Thủy sản", "Đất đai", "Đo đạc", "Bản đồ", "Quy hoạch", "Kiến trúc",
            "Thư viện", "Bảo tàng", "Di tích", "Phục vụ", "hành chính", "công", "Giám sát", "Điều hành",
            "Thông minh", "Nghiên cứu", "Ứng dụng", "Tiêu chuẩn", "Đo lường", "Chất lượng", "Sở hữu",
            "trí tuệ", "An ninh", "mạng", "Bưu điện", "Thanh niên", "Phụ nữ", "Cựu chiến binh", "Nông dân",
            "Liên đoàn", "đa khoa", "Bệnh viện", "Trường", "Đại học", "Cao đẳng", "Học viện", "Tổng hợp",
            "Chuyển đổi số", "Tổng công ty", "Tập đoàn", "Trung tâm", "đặc khu", "xã", "phường");

    /** Head nouns: folded form → written form. Longer first. */
    static final List<String[]> HEADS = List.of(
            new String[] {"uy ban nhan dan", "Ủy ban nhân dân"}, new String[] {"uy ban", "Ủy ban"},
            new String[] {"ubnd", "Ủy ban nhân dân"}, new String[] {"hdnd", "Hội đồng nhân dân"},
            new String[] {"hoi dong nhan dan", "Hội đồng nhân dân"},
            new String[] {"van phong", "Văn phòng"}, new String[] {"vpub", "Văn phòng Ủy ban nhân dân"},
            new String[] {"cong an", "Công an"}, new String[] {"tong cuc", "Tổng cục"},
            new String[] {"tong cong ty", "Tổng công ty"}, new String[] {"tap doan", "Tập đoàn"},
            new String[] {"trung tam", "Trung tâm"}, new String[] {"ngan hang", "Ngân hàng"},
            new String[] {"kho bac", "Kho bạc"}, new String[] {"thanh tra", "Thanh tra"},
            new String[] {"hoi dong", "Hội đồng"}, new String[] {"dang uy", "Đảng ủy"},
            new String[] {"tinh uy", "Tỉnh ủy"}, new String[] {"thanh uy", "Thành ủy"},
            new String[] {"thuong truc", "Thường trực"}, new String[] {"mat tran", "Mặt trận"},
            new String[] {"benh vien", "Bệnh viện"}, new String[] {"chu dau tu", "Chủ đầu tư"},
            new String[] {"ban quan ly", "Ban Quản lý"}, new String[] {"ban chi dao", "Ban Chỉ đạo"},
            new String[] {"bo truong", "Bộ trưởng"}, new String[] {"thu truong", "Thủ trưởng"},
            new String[] {"cong ty", "Công ty"}, new String[] {"bao hiem xa hoi", "Bảo hiểm xã hội"},
            new String[] {"tong lien doan", "Tổng Liên đoàn"}, new String[] {"lien doan", "Liên đoàn"},
            new String[] {"vien kiem sat", "Viện kiểm sát"}, new String[] {"toa an", "Tòa án"},
            new String[] {"vien thong", "Viễn thông"}, new String[] {"phong", "Phòng"},
            new String[] {"bo chi huy", "Bộ Chỉ huy"}, new String[] {"ban tuyen giao", "Ban Tuyên giáo"}, new String[] {"hoc vien", "Học viện"},
            new String[] {"dai hoc", "Đại học"}, new String[] {"cuc", "Cục"}, new String[] {"vu", "Vụ"},
            new String[] {"vien", "Viện"}, new String[] {"so", "Sở"}, new String[] {"bo", "Bộ"},
            new String[] {"ban", "Ban"}, new String[] {"doan", "Đoàn"}, new String[] {"bao", "Báo"},
            new String[] {"dai", "Đài"}, new String[] {"truong", "Trường"}, new String[] {"cap uy", "Cấp ủy"},
            new String[] {"tinh doan", "Tỉnh đoàn"}, new String[] {"thanh doan", "Thành đoàn"},
            new String[] {"buu dien", "Bưu điện"}, new String[] {"thong ke", "Thống kê"},
            new String[] {"hiep hoi", "Hiệp hội"}, new String[] {"hoi", "Hội"});

    /** Abbreviations (folded) → expansion. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("kh&cn", "Khoa học và Công nghệ"), Map.entry("khcn", "Khoa học và Công nghệ"),
            Map.entry("gd&dt", "Giáo dục và Đào tạo"), Map.entry("gddt", "Giáo dục và Đào tạo"),
            Map.entry("nn&mt", "Nông nghiệp và Môi trường"), Map.entry("tn&mt", "Tài nguyên và Môi trường"),
            Map.entry("nn&ptnt", "Nông nghiệp và Phát triển nông thôn"),
            Map.entry("vh,tt&dl", "Văn hóa, Thể thao và Du lịch"), Map.entry("vhtt&dl", "Văn hóa, Thể thao và Du lịch"),
            Map.entry("vhttdl", "Văn hóa, Thể thao và Du lịch"), Map.entry("ld-tb&xh", "Lao động - Thương binh và Xã hội"),
            Map.entry("kh&dt", "Kế hoạch và Đầu tư"), Map.entry("tt&tt", "Thông tin và Truyền thông"),
            Map.entry("gtvt", "Giao thông vận tải"), Map.entry("kkt", "Khu kinh tế"), Map.entry("kcn", "Khu công nghiệp"),
            Map.entry("ubnd", "Ủy ban nhân dân"), Map.entry("hdnd", "Hội đồng nhân dân"), Map.entry("vp", "Văn phòng"),
            Map.entry("ttdt", "Thông tin điện tử"));

    /** Words of group assignees ("các cơ quan, đơn vị, địa phương liên quan"). */
    static final Set<String> GROUP_WORDS = new HashSet<>(List.of(
            "so", "ban", "nganh", "bo", "co", "quan", "don", "vi", "dia", "phuong", "xa", "dac", "khu", "lien",
            "doanh", "nghiep", "to", "chuc", "doan", "the", "nha", "thau", "truong", "dai", "hoc", "vien",
            "nghien", "cuu", "ca", "nhan", "tinh", "thanh", "pho", "huyen", "thi", "dang",
            "uy", "cap", "chinh", "quyen", "cac", "ly", "nuoc", "thuoc", "truc", "ngang", "phu",
            "trung", "uong", "ban,", "hoi", "va", "don,", "cong", "an", "ubnd", "uy", "ban", "dan", "hop", "tac",
            "xa", "vu", "cuc", "tap", "toan", "he", "thong", "chinh", "tri", "lanh", "dao", "moi", "tung"));

    private static final Map<String, String> BIGRAMS = new HashMap<>();
    private static final Set<String> SYLLABLES = new HashSet<>();

    static {
        for (String w : WORDS) {
            String f = VietnameseText.fold(w);
            BIGRAMS.putIfAbsent(f, w);
            for (String s : f.split(" ")) {
                SYLLABLES.add(s);
            }
        }
    }

    private AdminLexicon() {
    }

    /** The written form of a known word (folded key, exact or one OCR edit away), or null. */
    public static String word(String folded) {
        String w = BIGRAMS.get(folded);
        if (w != null || folded.length() < 5) {
            return w;
        }
        String cached = FUZZY_CACHE.get(folded);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String found = fuzzyWord(folded);
        if (FUZZY_CACHE.size() > 100_000) {
            FUZZY_CACHE.clear();
        }
        FUZZY_CACHE.put(folded, found == null ? "" : found);
        return found;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> FUZZY_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String fuzzyWord(String folded) {
        for (Map.Entry<String, String> e : BIGRAMS.entrySet()) {
            if (e.getKey().indexOf(' ') > 0 && withinOneEdit(e.getKey(), folded)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The written form of a known word, exact folded match only. */
    public static String exactWord(String folded) {
        return BIGRAMS.get(folded);
    }

    /** True when the folded syllable occurs in the vocabulary. */
    public static boolean knownSyllable(String folded) {
        return SYLLABLES.contains(folded);
    }

    /** Levenshtein distance ≤ 1. */
    public static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (la > lb) {
                i++;
            } else if (lb > la) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (la - i) + (lb - j) <= 1;
    }
}
