package vn.dondoc.app.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.SearchHit;
import vn.dondoc.app.shared.SearchSource;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Searches everything the modules contribute ({@link SearchSource}: notices, tasks, reports, comments) with the
 * extraction library's folding, each word the start of a word of the text. Each source filters by what the user
 * may see (an agency finds only its own work; notices only the province roles).
 */
@Service
public class SearchService {

    static final int MAX_WORDS = 8;

    private final List<SearchSource> sources;

    SearchService(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    @Transactional(readOnly = true)
    public SearchResult search(String query, int limit) {
        String folded = query == null ? "" : VietnameseText.fold(query).strip();
        List<String> words = new ArrayList<>();
        for (String w : folded.split("\\s+")) {
            String clean = w.replace("%", "").replace("_", "").replace("\\", "");
            if (!clean.isEmpty() && words.size() < MAX_WORDS) {
                words.add(clean);
            }
        }
        if (words.isEmpty()) {
            throw DomainException.invalid("query_required", "Hãy nhập từ khóa cần tìm.");
        }
        int n = Math.max(1, Math.min(limit, 100));
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchSource source : sources) {
            for (SearchSource.Found found : source.search(String.join(" ", words), n)) {
                hits.addAll(found.hits());
                counts.put(found.kind(), found.total());
            }
        }
        return new SearchResult(query, hits, counts);
    }
}
