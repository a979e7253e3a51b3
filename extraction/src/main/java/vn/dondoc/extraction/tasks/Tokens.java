package vn.dondoc.extraction.tasks;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens of a region of a notice, with offsets, folded form, capitalisation, and the separator that
 * precedes each token (' ', ',', ';', ':', '.', '(' …).
 */
final class Tokens {

    record Token(int start, int end, String folded, boolean upper, char gapBefore) {
    }

    final List<Token> list;

    private Tokens(List<Token> list) {
        this.list = list;
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '“'
                || c == '”' || c == '"' || c == '!' || c == '?' || c == '[' || c == ']' || c == '…' || c == '\''
                || c == '‘' || c == '’';
    }

    /** Tokens of {@code mask[from, to)}; {@code folded} is the folded mask. */
    static Tokens of(String mask, String folded, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        char gap = ' ';
        while (i < to) {
            char c = mask.charAt(i);
            if (isSeparator(c) || (c == '.' && (i + 1 >= to || Character.isWhitespace(mask.charAt(i + 1))))) {
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\u00a0' && gap == ' ') {
                    gap = c;
                } else if (c == '.' || c == ';' || c == ':') {
                    gap = c;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < to) {
                char d = mask.charAt(i);
                if (isSeparator(d) || (d == '.' && (i + 1 >= to || Character.isWhitespace(mask.charAt(i + 1))))) {
                    break;
                }
                i++;
            }
            char first = mask.charAt(s);
            out.add(new Token(s, i, folded.substring(s, i), Character.isUpperCase(first) || Character.isDigit(first),
                    gap));
            gap = ' ';
        }
        return new Tokens(out);
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    String f(int i) {
        return i < list.size() ? list.get(i).folded() : "";
    }
}
