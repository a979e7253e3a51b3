package vn.dondoc.extraction.document;

/**
 * Whether a PDF page's text layer is worth keeping, or the page must be OCR'd: scanned pages have no or
 * almost no text, and PDFs made with legacy Vietnamese fonts (TCVN3 ".VnTime", VNI) yield symbol soup
 * such as "Th«ng b¸o".
 */
final class TextQuality {

    /** Fewer letters than this on a page: treat the page as a scan. */
    static final int MIN_LETTERS = 20;
    private static final double MAX_SUSPICIOUS_RATIO = 0.08;
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    private TextQuality() {
    }

    static boolean usable(String pageText) {
        int letters = 0;
        int suspicious = 0;
        for (int i = 0; i < pageText.length(); ) {
            int cp = pageText.codePointAt(i);
            i += Character.charCount(cp);
            if (isSuspicious(cp)) {
                suspicious++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return letters >= MIN_LETTERS && suspicious <= MAX_SUSPICIOUS_RATIO * (letters + suspicious);
    }

    /** Characters that do not occur in a normal Vietnamese notice but do in a mis-decoded font. */
    static boolean isSuspicious(int cp) {
        if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE
                || (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) {
            return true;
        }
        // Latin-1 symbols: TCVN3 puts tone-marked letters on ¸ µ ¶ · ¹ « » ¬ ® ¯ ± ² ³ ´ ½ ¾ …
        if (cp >= 0xA1 && cp <= 0xBF) {
            return cp != 0xA7 && cp != 0xB0;
        }
        // … and on Latin-1 letters that Vietnamese does not use: Ë ñ û Þ Ø Ö …
        return cp >= 0xC0 && cp <= 0xFF && VIETNAMESE_LATIN1.indexOf(cp) < 0;
    }

}
