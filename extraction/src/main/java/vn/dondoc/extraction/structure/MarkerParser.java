package vn.dondoc.extraction.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the outline marker at the start of a (masked) paragraph. */
public final class MarkerParser {

    /** Result: type, label and the offset (relative to the input) where the text after the marker begins. */
    public record Marker(MarkerType type, String label, int length) {
    }

    private static final Pattern ROMAN = Pattern.compile("^(?:([IVX][IVXLl1]{0,4})|\\|)\\s*[.)]\\s*(?=\\S)");
    private static final Pattern MULTI = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(?=\\D)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})\\s?[.)](?![\\d/])\\s*(?=\\S)");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ¢])\\s?\\)\\s*(?=\\S)|^([a-zđ])\\.\\s+(?=\\p{Lu})");
    private static final Pattern PAREN = Pattern.compile("^\\((i{1,3}|iv|vi{0,3}|ix|x|\\d{1,2}|[a-zđ])\\)\\s*(?=\\S)");
    private static final Pattern DASH = Pattern.compile("^[-–—•·]\\s*(?=[^-–—\\s])");
    private static final Pattern PLUS = Pattern.compile("^\\+\\s*(?=\\S)");
    private static final Pattern VALID_ROMAN = Pattern.compile("^(?:X{0,3})(?:IX|IV|V?I{0,3})$");

    private static final Marker NONE = new Marker(MarkerType.NONE, "", 0);

    private MarkerParser() {
    }

    /** The marker at the start of {@code s} (which must start at the first non-blank char), or NONE. */
    public static Marker parse(CharSequence s) {
        if (s.length() > 1) {
            char c0 = s.charAt(0);
            char c1 = s.charAt(1);
            if (Character.isLetter(c0) && "IVX".indexOf(c0) < 0 && c1 != ')' && c1 != '.' && c1 != ' ') {
                return NONE;
            }
        }
        Matcher m = ROMAN.matcher(s);
        if (m.find()) {
            String r = m.group(1) == null ? "I" : m.group(1).replaceAll("[Ll1]", "I");
            if (VALID_ROMAN.matcher(r).matches() && !r.isEmpty()) {
                return new Marker(MarkerType.ROMAN, r, m.end());
            }
        }
        m = MULTI.matcher(s);
        if (m.find()) {
            return new Marker(MarkerType.MULTI_NUMBER, m.group(1), m.end());
        }
        m = NUMBER.matcher(s);
        if (m.find()) {
            return new Marker(MarkerType.NUMBER, String.valueOf(Integer.parseInt(m.group(1))), m.end());
        }
        m = LETTER.matcher(s);
        if (m.find()) {
            String l = m.group(1) != null ? m.group(1) : m.group(2);
            return new Marker(MarkerType.LETTER, l.equals("¢") ? "c" : l, m.end());
        }
        m = PAREN.matcher(s);
        if (m.find()) {
            return new Marker(MarkerType.PARENTHESISED, "(" + m.group(1) + ")", m.end());
        }
        m = DASH.matcher(s);
        if (m.find()) {
            return new Marker(MarkerType.DASH, "-", m.end());
        }
        m = PLUS.matcher(s);
        if (m.find()) {
            return new Marker(MarkerType.PLUS, "+", m.end());
        }
        return new Marker(MarkerType.NONE, "", 0);
    }
}
