package vn.dondoc.extraction.document;

import vn.dondoc.extraction.text.VietnameseText;

/** Comparing OCR output with the text that was rendered. */
final class TextMetrics {

    private TextMetrics() {
    }

    /** NFC, all whitespace runs to one space, trimmed. */
    static String normalizeSpace(String s) {
        return VietnameseText.nfc(s).replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance / expected length, after {@link #normalizeSpace}. */
    static double characterErrorRate(String expected, String actual) {
        String a = normalizeSpace(expected);
        String b = normalizeSpace(actual);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return a.isEmpty() ? 0 : (double) previous[b.length()] / a.length();
    }
}
