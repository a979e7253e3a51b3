package vn.dondoc.app.shared;

/**
 * Full-text matching of folded text (diacritics removed by the extraction library's {@code VietnameseText.fold}):
 * the query is split into words by PostgreSQL's own parser ({@code simple} configuration, as the indexed
 * {@code search_vector} columns are) and every word must start a word of the text ("so tai chinh quy i" finds
 * "Sở Tài chính … Quý I/2026").
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** A SQL condition: {@code vectorColumn} matches every word of the folded query in parameter {@code :param}. */
    public static String matches(String vectorColumn, String param) {
        return vectorColumn + " @@ (select to_tsquery('simple', string_agg(quote_literal(lexeme) || ':*', ' & '))"
                + " from unnest(to_tsvector('simple', :" + param + ")))";
    }
}
