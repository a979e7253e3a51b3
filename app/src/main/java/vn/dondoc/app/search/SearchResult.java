package vn.dondoc.app.search;

import java.util.List;
import vn.dondoc.app.shared.SearchHit;
import java.util.Map;

/** Hits per kind (at most {@code limit} each) and how many matched in all, per kind. */
public record SearchResult(String q, List<SearchHit> hits, Map<String, Long> counts) {
}
