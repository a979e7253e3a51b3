package vn.dondoc.app.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.TextSearch;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Searches notices, tasks, reports and comments with the extraction library's folding (the same function that
 * filled the folded columns), each word the start of a word of the text (full-text, {@link TextSearch}). An agency
 * finds only its own work: tasks it
 * is assigned, its own reports, comments it may read; notices are found by the province roles.
 */
@Service
public class SearchService {

    static final int MAX_WORDS = 8;

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SearchResult search(String query, int limit) {
        CurrentUser me = CurrentUser.require();
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
        boolean all = me.role().seesEverything();
        Map<String, Object> params = new HashMap<>();
        params.put("agency", me.agencyId() == null ? -1L : me.agencyId());
        params.put("limit", n);
        params.put("q", String.join(" ", words));
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();

        String taskWhere = (all ? TextSearch.matches("t.search_vector", "q") : TextSearch.matchesRows("t.search_vector", "q")) + (all ? ""
                : " and exists (select 1 from assignment a where a.task_id = t.id and a.agency_id = :agency)");
        run("task", "select t.id, t.id as task_id, t.ref as title, t.content as text, t.created_at as at from task t where "
                + taskWhere + " order by t.id desc", "select count(*) from task t where " + taskWhere, params, hits, counts);

        if (all) {
            String folding = "replace(lower(unaccent(coalesce(n.number, '') || ' ' || coalesce(n.title, '') || ' '"
                    + " || coalesce(n.issuer, '') || ' ' || coalesce(n.chair, '') || ' ' || n.file_name)), 'đ', 'd')";
            String noticeWhere = TextSearch.matches("to_tsvector('simple', " + folding + ")", "q");
            run("notice", "select n.id, null as task_id, coalesce(n.number, n.file_name) as title, n.title as text,"
                            + " n.uploaded_at as at from notice n where " + noticeWhere + " order by n.id desc",
                    "select count(*) from notice n where " + noticeWhere, params, hits, counts);
        }

        String reportWhere = (all ? TextSearch.matches("e.search_vector", "q") : TextSearch.matchesRows("e.search_vector", "q"))
                + (all ? "" : " and a.agency_id = :agency");
        String reportFrom = " from assignment_event e join assignment a on a.id = e.assignment_id join agency g on g.id = a.agency_id"
                + " join task t on t.id = a.task_id where ";
        run("report", "select e.id, a.task_id, g.name || coalesce(' — ' || t.ref, '') as title, e.text, e.created_at as at"
                        + reportFrom + reportWhere + " order by e.created_at desc",
                "select count(*)" + reportFrom + reportWhere, params, hits, counts);

        String commentWhere = TextSearch.matches("c.search_vector", "q") + (all ? ""
                : " and (a.agency_id = :agency or (c.assignment_id is null and exists (select 1 from assignment m"
                        + " where m.task_id = c.task_id and m.agency_id = :agency)))");
        String commentFrom = " from task_comment c left join assignment a on a.id = c.assignment_id"
                + " join task t on t.id = c.task_id left join app_user u on u.id = c.author_id where ";
        run("comment", "select c.id, c.task_id, coalesce(u.full_name, '') || coalesce(' — ' || t.ref, '') as title, c.text,"
                        + " c.created_at as at" + commentFrom + commentWhere + " order by c.created_at desc",
                "select count(*)" + commentFrom + commentWhere, params, hits, counts);
        return new SearchResult(query, hits, counts);
    }

    private void run(String kind, String select, String count, Map<String, Object> params, List<SearchHit> hits,
                     Map<String, Long> counts) {
        List<SearchHit> found = jdbc.sql(select + " limit :limit").params(params).query((rs, i) -> hit(kind, rs)).list();
        hits.addAll(found);
        long total = found.size() < (int) params.get("limit") ? found.size()
                : jdbc.sql(count).params(params).query(Long.class).single();
        counts.put(kind, total);
    }

    private static SearchHit hit(String kind, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long t = rs.getLong("task_id");
        Long taskId = rs.wasNull() ? null : t;
        Timestamp at = rs.getTimestamp("at");
        String link = switch (kind) {
            case "notice" -> "/notices/" + id;
            case "task" -> "/tasks/" + id;
            case "comment" -> "/tasks/" + taskId + "#comments";
            default -> "/tasks/" + taskId;
        };
        String text = rs.getString("text");
        return new SearchHit(kind, id, taskId, rs.getString("title"), text == null ? "" : abbreviate(text, 300),
                at == null ? null : at.toInstant(), link);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
