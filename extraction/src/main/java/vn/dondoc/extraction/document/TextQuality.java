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
        return !sparse(pageText) && !garbled(pageText);
    }

    /** Too few letters: a scan, perhaps with a stray line of text (a scanner app's caption). */
    static boolean sparse(String pageText) {
        return letters(pageText) < MIN_LETTERS;
    }

    /** Many characters that only a mis-decoded font produces. */
    static boolean garbled(String pageText) {
        int letters = letters(pageText);
        int suspicious = (int) pageText.codePoints().filter(TextQuality::isSuspicious).count();
        return suspicious > MAX_SUSPICIOUS_RATIO * (letters + suspicious);
    }

    /**
     * Whether the OCR text of a page should replace its (unusable) text layer: for a garbled layer, as
     * soon as OCR found real text; for a sparse layer, only when OCR found clearly more, so that a
     * signature page's few real words are not replaced by letters read from a stamp.
     */
    static boolean preferOcr(String layer, String ocr) {
        int ocrLetters = letters(ocr);
        if (garbled(layer)) {
            return ocrLetters >= MIN_LETTERS || ocrLetters > letters(layer);
        }
        return ocrLetters > 2 * letters(layer);
    }

    /** Letters that are not {@link #isSuspicious suspicious}. */
    static int letters(String s) {
        return (int) s.codePoints().filter(cp -> Character.isLetter(cp) && !isSuspicious(cp)).count();
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
