package vn.dondoc.extraction.deadline;

import java.util.Map;

/** Vietnamese numbers in words from 1 to 31, folded ("mười lăm" → 15, "hai mươi mốt" → 21). */
final class NumberWords {

    static final String WORD = "(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|mươi)(?![a-z])";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bon", 4),
            Map.entry("tu", 4), Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("sau", 6),
            Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9));

    private NumberWords() {
    }

    /** The value of folded number words, or -1. */
    static int parse(String folded) {
        String[] w = folded.trim().split("\\s+");
        int value = 0;
        int i = 0;
        if (w.length == 0) {
            return -1;
        }
        if (w[0].equals("muoi")) {
            value = 10;
            i = 1;
        } else if (UNITS.containsKey(w[0]) && w.length > 1 && w[1].equals("muoi")) {
            value = UNITS.get(w[0]) * 10;
            i = 2;
        }
        if (i < w.length) {
            Integer u = UNITS.get(w[i]);
            if (u == null) {
                return -1;
            }
            if (i == 0 && w.length > 1) {
                return -1;
            }
            value += u;
            i++;
        }
        return i == w.length && value > 0 ? value : -1;
    }
}
