package vn.dondoc.app.notices;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.SearchHit;
import vn.dondoc.app.shared.SearchSource;
import vn.dondoc.app.shared.TextSearch;

/** The notices module's part of the global search: notices by number, title, issuer, chair and file name. */
@Component
class NoticeSearchSource implements SearchSource {

    private static final String FOLDED = "replace(lower(unaccent(coalesce(n.number, '') || ' ' || coalesce(n.title, '')"
            + " || ' ' || coalesce(n.issuer, '') || ' ' || coalesce(n.chair, '') || ' ' || n.file_name)), 'đ', 'd')";
    private static final String WHERE = TextSearch.matches("to_tsvector('simple', " + FOLDED + ")", "q");

    private final JdbcClient jdbc;

    NoticeSearchSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 15;
    }

    /** Notices are closed to agency roles: they find none. */
    @Override
    public List<Found> search(String foldedQuery, int limit) {
        if (!CurrentUser.require().role().seesEverything()) {
            return List.of();
        }
        Map<String, Object> params = Map.of("q", foldedQuery, "limit", limit);
        List<SearchHit> hits = jdbc.sql("select n.id, coalesce(n.number, n.file_name) as title, n.title as text,"
                        + " n.uploaded_at as at from notice n where " + WHERE + " order by n.id desc limit :limit")
                .params(params).query((rs, i) -> {
                    String text = rs.getString("text");
                    Timestamp at = rs.getTimestamp("at");
                    return new SearchHit("notice", rs.getLong("id"), null, rs.getString("title"),
                            SearchHit.excerpt(text),
                            at == null ? null : at.toInstant(), "/notices/" + rs.getLong("id"));
                }).list();
        long total = hits.size() < limit ? hits.size()
                : jdbc.sql("select count(*) from notice n where " + WHERE).params(params).query(Long.class).single();
        return List.of(new Found("notice", hits, total));
    }
}
