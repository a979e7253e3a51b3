package vn.dondoc.app.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.search.SearchResult;
import vn.dondoc.app.search.SearchService;

/** One search across notices, tasks, reports and comments, filtered by permission. */
@RestController
@Tag(name = "Tìm kiếm")
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Tìm trong thông báo, nhiệm vụ, báo cáo và ý kiến (không phân biệt dấu, hoa thường)")
    SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return search.search(q, limit);
    }
}
