package vn.dondoc.extraction.text;

import java.text.Normalizer;

/**
 * The one folding function of dondoc: every comparison of Vietnamese text (agency names, key words,
 * search) goes through {@link #fold(String)} so that "Sở Tài chính", "SỞ TÀI CHÍNH" and "So Tai chinh"
 * compare equal.
 */
public final class VietnameseText {

    /** Folded form of every char below {@link #TABLE_SIZE}, computed once. */
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] FOLD = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLD[c] = foldSlow((char) c);
        }
    }

    private VietnameseText() {
    }

    private static char foldSlow(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char b = nfd.charAt(i);
            if (Character.getType(b) != Character.NON_SPACING_MARK
                    && Character.getType(b) != Character.COMBINING_SPACING_MARK
                    && Character.getType(b) != Character.ENCLOSING_MARK) {
                return Character.toLowerCase(b);
            }
        }
        return c;
    }

    /** Unicode NFC, the form Vietnamese text is stored in. {@code null} stays {@code null}. */
    public static String nfc(String s) {
        if (s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Diacritics removed, đ→d, lower case; everything else (spaces, punctuation, digits) kept in place,
     * so offsets of the result match the NFC input character for character. {@code null} → "".
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String nfc = nfc(s);
        char[] out = new char[nfc.length()];
        for (int i = 0; i < out.length; i++) {
            char c = nfc.charAt(i);
            out[i] = c < TABLE_SIZE ? FOLD[c] : foldOther(c);
        }
        return new String(out);
    }

    /** Folds one char (the per-char form of {@link #fold(String)}). */
    public static char fold(char c) {
        return c < TABLE_SIZE ? FOLD[c] : foldOther(c);
    }

    private static char foldOther(char c) {
        // Vietnamese letters with two marks (ạ, ễ, ự …) live in U+1E00–U+1EFF, inside the table;
        // anything above is kept, lower-cased.
        return Character.toLowerCase(c);
    }
}
