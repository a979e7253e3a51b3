package vn.dondoc.app.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.UserAccount;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.SearchHit;
import vn.dondoc.app.shared.SearchSource;
import vn.dondoc.app.shared.TextSearch;

/**
 * The tasks module's part of the global search: tasks, progress reports and comments. An agency finds tasks it is
 * assigned, its own reports, and comments on its work; the province roles find everything.
 */
@Component
class TaskSearchSource implements SearchSource {

    private final JdbcClient jdbc;
    private final AgencyService agencies;
    private final AccountService accounts;

    TaskSearchSource(JdbcClient jdbc, AgencyService agencies, AccountService accounts) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Found> search(String foldedQuery, int limit) {
        CurrentUser me = CurrentUser.require();
        boolean all = me.role().seesEverything();
        Map<String, Object> params = new HashMap<>();
        params.put("agency", me.agencyId() == null ? -1L : me.agencyId());
        params.put("limit", limit);
        params.put("q", foldedQuery);

        String taskWhere = (all ? TextSearch.matches("t.search_vector", "q") : TextSearch.matchesRows("t.search_vector", "q"))
                + (all ? "" : " and exists (select 1 from assignment a where a.task_id = t.id and a.agency_id = :agency)");
        Found tasks = run("task", "select t.id, t.id as task_id, t.ref as title, t.content as text, t.created_at as at,"
                        + " null::bigint as named from task t where " + taskWhere + " order by t.id desc",
                "select count(*) from task t where " + taskWhere, params, id -> "");

        String reportWhere = (all ? TextSearch.matches("e.search_vector", "q") : TextSearch.matchesRows("e.search_vector", "q"))
                + (all ? "" : " and a.agency_id = :agency");
        String reportFrom = " from assignment_event e join assignment a on a.id = e.assignment_id"
                + " join task t on t.id = a.task_id where ";
        Found reports = run("report", "select e.id, a.task_id, t.ref as title, e.text, e.created_at as at,"
                        + " a.agency_id as named" + reportFrom + reportWhere + " order by e.created_at desc",
                "select count(*)" + reportFrom + reportWhere, params,
                id -> agencies.find(id).map(Agency::name).orElse(""));

        String commentWhere = TextSearch.matches("c.search_vector", "q") + (all ? ""
                : " and (a.agency_id = :agency or (c.assignment_id is null and exists (select 1 from assignment m"
                        + " where m.task_id = c.task_id and m.agency_id = :agency)))");
        String commentFrom = " from task_comment c left join assignment a on a.id = c.assignment_id"
                + " join task t on t.id = c.task_id where ";
        Found comments = run("comment", "select c.id, c.task_id, t.ref as title, c.text, c.created_at as at,"
                        + " c.author_id as named" + commentFrom + commentWhere + " order by c.created_at desc",
                "select count(*)" + commentFrom + commentWhere, params,
                id -> accounts.find(id).map(UserAccount::fullName).orElse(""));
        return List.of(tasks, reports, comments);
    }

    /** Runs a kind's query; {@code namer} turns the row's {@code named} id into the first part of the title. */
    private Found run(String kind, String select, String count, Map<String, Object> params, LongFunction<String> namer) {
        Map<Long, String> names = new HashMap<>();
        List<SearchHit> found = jdbc.sql(select + " limit :limit").params(params)
                .query((rs, i) -> hit(kind, rs, names, namer)).list();
        long total = found.size() < (int) params.get("limit") ? found.size()
                : jdbc.sql(count).params(params).query(Long.class).single();
        return new Found(kind, found, total);
    }

    private static SearchHit hit(String kind, ResultSet rs, Map<Long, String> names, LongFunction<String> namer)
            throws SQLException {
        long id = rs.getLong("id");
        long taskId = rs.getLong("task_id");
        long named = rs.getLong("named");
        String ref = rs.getString("title");
        String title = ref;
        if (!"task".equals(kind)) {
            String name = rs.getObject("named") == null ? "" : names.computeIfAbsent(named, namer::apply);
            title = name + Optional.ofNullable(ref).map(r -> " — " + r).orElse("");
        }
        Timestamp at = rs.getTimestamp("at");
        String link = "comment".equals(kind) ? "/tasks/" + taskId + "#comments" : "/tasks/" + taskId;
        String text = rs.getString("text");
        return new SearchHit(kind, id, taskId, title, SearchHit.excerpt(text),
                at == null ? null : at.toInstant(), link);
    }
}
