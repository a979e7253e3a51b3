package vn.dondoc.app.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.search.SearchService;

/** The search page behind the box in the header. */
@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("searchQuery", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", search.search(q, 20));
        }
        return "search/results";
    }
}
