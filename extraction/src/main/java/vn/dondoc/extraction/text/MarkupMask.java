package vn.dondoc.extraction.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a notice text in which Markdown/HTML marks ({@code **}, {@code *}, {@code #}, table
 * {@code |}, {@code <sup>…</sup>} footnote references, {@code _{…}}) are blanked with spaces. The mask
 * has the same length as the text, so every offset found in the mask is an offset of the text: structure
 * detection runs on the mask while task content is cut verbatim from the text.
 */
public final class MarkupMask {

    private static final Pattern SUP = Pattern.compile("<sup>[^<]{0,12}</sup>|<sub>[^<]{0,12}</sub>|_\\{[^}]{0,20}}");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,8}(?:\\s[^>]{0,80})?/?>");

    private MarkupMask() {
    }

    /** The masked copy of {@code text} (same length). */
    public static String of(String text) {
        char[] m = text.toCharArray();
        if (text.indexOf('<') >= 0 || text.indexOf("_{") >= 0) {
            blank(m, SUP.matcher(text));
            blank(m, TAG.matcher(text));
        }
        boolean lineStart = true;
        for (int i = 0; i < m.length; i++) {
            char c = m[i];
            if (c == '\n') {
                lineStart = true;
                continue;
            }
            if (c == '*' || c == '|' || c == '\u00a0' || c == '\t' || c == '\r' || c == '`') {
                m[i] = ' ';
            } else if ((c == '#' || c == '+') && lineStart && headingRunEnd(m, i) > i) {
                // a Markdown heading mark, also when OCR garbled it ("###+#")
                int end = headingRunEnd(m, i);
                for (int k = i; k < end; k++) {
                    m[k] = ' ';
                }
                i = end - 1;
                continue;
            } else if (c == '\\' && i + 1 < m.length && (m[i + 1] == '.' || m[i + 1] == '-' || m[i + 1] == '*')) {
                m[i] = ' ';
            }
            if (m[i] != ' ') {
                lineStart = false;
            }
        }
        return new String(m);
    }

    /** End of a run of '#' and '+' starting at {@code i} that holds at least one '#', else {@code i}. */
    private static int headingRunEnd(char[] m, int i) {
        int end = i;
        boolean hash = false;
        while (end < m.length && (m[end] == '#' || m[end] == '+')) {
            hash |= m[end] == '#';
            end++;
        }
        return hash ? end : i;
    }

    private static void blank(char[] m, Matcher matcher) {
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (m[i] != '\n') {
                    m[i] = ' ';
                }
            }
        }
    }
}
