package vn.dondoc.extraction.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the physical lines of a notice into logical paragraphs. PDF extraction and web crawls wrap lines
 * inside sentences (sometimes with blank lines between every line), so a line continues the paragraph
 * before it unless it starts with an outline marker, the previous line closes a sentence, or either line
 * is a heading-like line (capitals, Markdown heading).
 */
public final class ParagraphSplitter {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(?:<sup>\\d{1,3}</sup>|\\[\\^?\\d{1,3}])");
    private static final Pattern PREAMBLE_OPENER = Pattern.compile(
            "^(?:ngay \\d|ngay (?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)|vao ngay|sau khi|tham du|can cu|thuc hien"
                    + "|kinh gui|noi nh[a-z]n|nay thong bao|(?:sang|chieu|toi|trua) (?:ngay )?\\d|\\([^)]{0,40}\\) ?[-–])");
    private static final Pattern NOT_CONTENT = Pattern.compile("^[\\s\\-_=.…]*$");

    private ParagraphSplitter() {
    }

    /** Paragraphs of {@code text}, detected on its {@code mask} (see MarkupMask). */
    public static List<Paragraph> split(String text, String mask) {
        List<Paragraph> out = new ArrayList<>();
        int n = mask.length();
        int pStart = -1;
        int pEnd = -1;
        int pBody = -1;
        MarkerParser.Marker pMarker = null;
        boolean pHeadingLine = false;
        boolean prevCaps = false;
        char prevLast = 0;
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = mask.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            while (s < lineEnd && Character.isWhitespace(mask.charAt(s))) {
                s++;
            }
            int e = lineEnd;
            while (e > s && Character.isWhitespace(mask.charAt(e - 1))) {
                e--;
            }
            boolean footnote = s < e && (text.charAt(s) == '<' || text.charAt(s) == '[' || mask.charAt(s) == ' ')
                    && FOOTNOTE.matcher(text.substring(lineStart, lineEnd)).find();
            if (!footnote && s < lineEnd && text.indexOf("<sup>", lineStart) >= 0) {
                int k = lineStart;
                while (k < lineEnd && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                footnote = text.startsWith("<sup>", k) && FOOTNOTE.matcher(text.substring(lineStart, lineEnd)).find();
            }
            if (s < e && !footnote && hasContent(mask, s, e)) {
                CharSequence line = mask.subSequence(s, e);
                MarkerParser.Marker marker = MarkerParser.parse(line);
                boolean caps = isCaps(line);
                // a Markdown heading, or a marked line set in bold on its own ("**đ) Sở Văn hóa, …**")
                boolean mdHeading = isMarkdownHeading(text, lineStart, s)
                        || marker.type() != MarkerType.NONE && isBoldLine(text, lineStart, lineEnd);
                boolean startsUpper = startsUpper(line, marker.length());
                boolean newPara;
                if (pStart < 0) {
                    newPara = true;
                } else if (marker.type() != MarkerType.NONE) {
                    newPara = true;
                } else if (mdHeading || pHeadingLine) {
                    newPara = true;
                } else if (caps != prevCaps) {
                    newPara = true;
                } else if (caps) {
                    newPara = false;
                } else if (prevLast == '.' || prevLast == '!' || prevLast == '?' || prevLast == ':'
                        || prevLast == '…') {
                    newPara = startsUpper || !Character.isLetter(line.charAt(0));
                } else if (prevLast == ';') {
                    newPara = startsUpper;
                } else {
                    newPara = startsUpper && PREAMBLE_OPENER.matcher(vn.dondoc.extraction.text.VietnameseText.fold(line.toString())).find();
                }
                if (newPara) {
                    if (pStart >= 0) {
                        out.add(build(mask, pStart, pEnd, pBody, pMarker));
                    }
                    pStart = s;
                    pMarker = marker;
                    pBody = s + marker.length();
                    pHeadingLine = mdHeading;
                } else {
                    pHeadingLine = pHeadingLine && mdHeading;
                }
                pEnd = e;
                prevCaps = caps;
                prevLast = lastSignificant(mask, s, e);
            }
            lineStart = lineEnd + 1;
        }
        if (pStart >= 0) {
            out.add(build(mask, pStart, pEnd, pBody, pMarker));
        }
        return out;
    }

    private static boolean hasContent(String mask, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = mask.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '_' && c != '=' && c != '.' && c != '…') {
                return true;
            }
        }
        return false;
    }

    private static Paragraph build(String mask, int start, int end, int body, MarkerParser.Marker marker) {
        String inner = mask.substring(body, end).strip();
        char last = inner.isEmpty() ? ':' : inner.charAt(inner.length() - 1);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < inner.length(); i++) {
            boolean ws = Character.isWhitespace(inner.charAt(i));
            if (!ws && !inWord) {
                words++;
            }
            inWord = !ws;
        }
        boolean heading = last == ':'
                || (marker.type() != MarkerType.NONE && marker.type() != MarkerType.DASH
                    && marker.type() != MarkerType.PLUS && ".;!?…)”\"".indexOf(last) < 0 && words <= 25)
                || (isCaps(inner) && words <= 30);
        return new Paragraph(start, end, body, marker.type(), marker.label(), heading);
    }

    private static char lastSignificant(String mask, int s, int e) {
        for (int i = e - 1; i >= s; i--) {
            char c = mask.charAt(i);
            if (!Character.isWhitespace(c) && c != '*' && c != '_') {
                return c;
            }
        }
        return 0;
    }

    private static boolean startsUpper(CharSequence line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the whole line is one bold span ("**…**" or "__…__"). */
    private static boolean isBoldLine(String text, int lineStart, int lineEnd) {
        int s = lineStart;
        int e = Math.min(lineEnd, text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s < 5) {
            return false;
        }
        String open = text.substring(s, s + 2);
        return (open.equals("**") || open.equals("__")) && text.startsWith(open, e - 2)
                && text.indexOf(open, s + 2) == e - 2;
    }

    private static boolean isMarkdownHeading(String text, int lineStart, int firstNonBlank) {
        for (int i = lineStart; i < firstNonBlank && i < text.length(); i++) {
            if (text.charAt(i) == '#') {
                return true;
            }
        }
        return false;
    }

    /** True when the line has at least 4 letters and none is lower case. */
    public static boolean isCaps(CharSequence line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            } else if (c == '/') {
                return false;
            }
        }
        return letters >= 4;
    }
}
