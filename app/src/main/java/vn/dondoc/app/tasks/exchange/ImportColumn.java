package vn.dondoc.app.tasks.exchange;

import vn.dondoc.extraction.text.VietnameseText;

/**
 * The columns of the import template, in order. A file's header row is matched by meaning (diacritics
 * and case ignored), so columns may be reordered or renamed slightly ("Chủ trì", "Cơ quan chủ trì (*)").
 */
enum ImportColumn {
    SOURCE("source", 28, "nguon", "so thong bao", "van ban"),
    REF("ref", 8, "muc", "stt", "so tt"),
    CONTENT("content", 70, "noi dung"),
    LEAD("lead", 36, "chu tri"),
    SUPPORT("support", 36, "phoi hop"),
    DEADLINE("deadline", 24, "thoi han"),
    RECURRENCE("recurrence", 22, "dinh ky"),
    PRODUCT("product", 30, "san pham");

    private final String key;
    private final int width;
    private final String[] words;

    ImportColumn(String key, int width, String... words) {
        this.key = key;
        this.width = width;
        this.words = words;
    }

    /** Message key of the header ({@code exchange.template.col.*}). */
    String messageKey() {
        return "exchange.template.col." + key;
    }

    int width() {
        return width;
    }

    boolean required() {
        return this == CONTENT || this == LEAD;
    }

    /** Whether a header cell names this column. */
    boolean matches(String header) {
        String h = VietnameseText.fold(header == null ? "" : header).strip();
        for (String w : words) {
            if (this == REF ? h.equals(w) || h.startsWith(w + " ") || h.startsWith(w + "(") : h.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
