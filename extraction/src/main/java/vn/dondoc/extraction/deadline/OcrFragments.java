package vn.dondoc.extraction.deadline;

/**
 * Regex fragments that match Vietnamese key words in folded text (see VietnameseText.fold) and tolerate
 * the usual OCR confusions of scans without diacritics ("trwéde ngay" for "trước ngày", "Qui 1" for
 * "Quý I", "thdng" for "tháng").
 */
public final class OcrFragments {
    /** "ngày" and OCR variants (ngay, ngdy, ngiy). */
    public static final String NGAY = "ng[a-z]{0,2}y";
    /** "tháng" (thang, thdng, thiang). */
    public static final String THANG = "th[a-z]{1,2}ng";
    /** "năm" (nam, nim, ndm, nam). */
    public static final String NAM = "n[a-z]m";
    /** "quý" (quy, qui). */
    public static final String QUY = "qu[yi]";
    /** "trước" (truoc, trudc, truec, trwede). */
    public static final String TRUOC = "tr(?:[uw][oed0]{1,2}|[uw])[cd]e?(?![a-z])";
    /** "chậm nhất". */
    public static final String CHAM_NHAT = "ch[a-z]{1,2}m nh[a-z]{1,2}t";
    /** "hoàn thành". */
    public static final String HOAN_THANH = "ho[a-z]n th[a-z]{1,2}nh";
    /** "định kỳ". */
    public static final String DINH_KY = "d[i1l]nh k[yi]";
    /** Digits with OCR letters that stand for digits. */
    public static final String NUM = "[0-9][0-9oOlI|/]?";

    private OcrFragments() {
    }

    /** Reads a number written with OCR look-alikes (o→0, l/I/|/ / →1). */
    public static int number(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'o', 'O' -> b.append('0');
                case 'l', 'I', '|', '/' -> b.append('1');
                default -> {
                    if (Character.isDigit(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.length() == 0 ? -1 : Integer.parseInt(b.toString());
    }
}
