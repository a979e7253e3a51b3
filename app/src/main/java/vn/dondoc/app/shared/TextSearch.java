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
        return vectorColumn + " @@ " + query(param);
    }

    /**
     * {@link #matches} checked row by row on rows found otherwise (an agency's own few thousand assignments): the
     * planner can't know how many rows a query word matches and would otherwise start from the text index, which
     * for a common word means reading a large part of the table.
     */
    public static String matchesRows(String vectorColumn, String param) {
        return "(" + vectorColumn + " || ''::tsvector) @@ " + query(param);
    }

    private static String query(String param) {
        return "(select to_tsquery('simple', string_agg(quote_literal(lexeme) || ':*', ' & '))"
                + " from unnest(to_tsvector('simple', :" + param + ")))";
    }
}
