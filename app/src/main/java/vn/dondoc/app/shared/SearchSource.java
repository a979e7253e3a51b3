package vn.dondoc.app.shared;

import java.util.List;

/**
 * What a module contributes to the global search: its own rows matching a query, filtered by what the current
 * user may see. The search module collects every such bean (as the admin job runner collects
 * {@link RunnableJob}s), so it never reads another module's tables.
 */
public interface SearchSource {

    /**
     * Matches of {@code foldedQuery} (diacritics removed, lower case: {@code VietnameseText.fold}) where every word
     * starts a word of the text ({@link TextSearch}); at most {@code limit} hits per kind, newest first, with the
     * total per kind.
     */
    List<Found> search(String foldedQuery, int limit);

    /** Place of this source's kinds in the results (lower first). */
    int order();

    /** The hits of one kind and how many matched in all. */
    record Found(String kind, List<SearchHit> hits, long total) {
    }
}
