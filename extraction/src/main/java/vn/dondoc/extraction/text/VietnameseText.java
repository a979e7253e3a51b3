package vn.dondoc.extraction.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one folding function of dondoc: every comparison of Vietnamese text (agency names, key words,
 * search) goes through {@link #fold(String)} so that "Sở Tài chính", "SỞ TÀI CHÍNH" and "So Tai chinh"
 * compare equal.
 */
public final class VietnameseText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /** Unicode NFC, the form Vietnamese text is stored in. {@code null} stays {@code null}. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Diacritics removed, đ→d, lower case; everything else (spaces, punctuation, digits) kept in place,
     * so offsets of the result match the NFC input character for character. {@code null} → "".
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else {
                String base = COMBINING.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                        .replaceAll("");
                out.append(base.isEmpty() ? c : Character.toLowerCase(base.charAt(0)));
            }
        }
        return out.toString();
    }
}
