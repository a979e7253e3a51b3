package vn.dondoc.extraction.document;

import java.util.regex.Pattern;
import vn.dondoc.extraction.text.VietnameseText;

/** Final form of every extracted text: NFC, "\n" line ends, no control characters, no blank runs. */
final class TextCleanup {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u000B\\u000C\\u2028\\u2029]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F\\uFEFF\\u200B]");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private TextCleanup() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = VietnameseText.nfc(raw);
        s = LINE_BREAKS.matcher(s).replaceAll("\n");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = TRAILING.matcher(s).replaceAll("\n");
        s = BLANK_RUNS.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** True when the text holds at least one letter or digit. */
    static boolean hasText(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
