package vn.dondoc.app.tasks;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;

/**
 * The inbox ("Việc cần xử lý"): for an agency its own work by urgency; for the secretariat and leaders the
 * decisions waiting for them. Timeliness is the same SQL rule as the task list.
 */
@Service
public class InboxService {

    static final int PER_SECTION = 20;
    /** Unreported occurrences of recurring tasks due within this many days (or overdue) are listed. */
    static final int OCCURRENCE_DUE_SOON_DAYS = 3;

    private static final String SELECT = "select a.id, a.task_id, t.ref, t.content, g.name, a.role, a.status, a.deadline, "
            + TaskRepository.TIMELINESS_SQL + " as timeliness";
    private static final String FROM = " from assignment a join task t on t.id = a.task_id join agency g on g.id = a.agency_id";
    private static final String OPEN = "a.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')";
    /** Open and the agency's move (awaiting confirmation is the secretariat's). */
    private static final String AGENCY_OPEN = "a.status in ('ASSIGNED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Inbox mine() {
        CurrentUser me = CurrentUser.require();
        List<Inbox.Section> sections = new ArrayList<>();
        if (!me.role().seesEverything()) {
            long agency = me.agencyId() == null ? -1L : me.agencyId();
            String own = "a.agency_id = " + agency;
            sections.add(section("new", own + " and a.status = 'ASSIGNED'", "a.assigned_at desc", null));
            sections.add(section("due_soon", own + " and " + AGENCY_OPEN + " and not a.standing and a.deadline is not null"
                    + " and a.deadline >= :today and a.deadline - :today <= :dueSoon", "a.deadline", null));
            sections.add(section("overdue", own + " and " + AGENCY_OPEN + " and not a.standing and a.deadline < :today",
                    "a.deadline", null));
            sections.add(section(Inbox.RECURRING, own + " and " + AGENCY_OPEN + " and exists (select 1 from occurrence o"
                    + " where o.assignment_id = a.id and o.reported_at is null and o.due_on - :today <= :dueSoonOccurrence)",
                    "(select min(o.due_on) from occurrence o where o.assignment_id = a.id and o.reported_at is null)",
                    "(select 'Kỳ báo cáo ' || min(o.seq) || ' hạn ' || to_char(min(o.due_on), 'DD/MM/YYYY') from occurrence o"
                            + " where o.assignment_id = a.id and o.reported_at is null and o.due_on - :today <= :dueSoonOccurrence)"));
            sections.add(section("sent_back", own + " and a.status = 'IN_PROGRESS' and a.sent_back", "a.deadline nulls last", null));
            sections.add(section("drafts", own + " and exists (select 1 from assignment_event e where e.assignment_id = a.id"
                    + " and e.draft_status = 'PENDING')", "a.deadline nulls last", null));
            sections.add(section("extensions_mine", own + " and exists (select 1 from extension_request r"
                    + " where r.assignment_id = a.id and r.status = 'PENDING')", "a.deadline nulls last",
                    "(select 'Xin gia hạn đến ' || to_char(r.requested_deadline, 'DD/MM/YYYY') from extension_request r"
                            + " where r.assignment_id = a.id and r.status = 'PENDING')"));
        } else {
            if (me.has(Role.SECRETARIAT, Role.ADMIN)) {
                sections.add(section("awaiting_confirmation", "a.status = 'AWAITING_CONFIRMATION'", "a.last_report_at desc nulls last", null));
            }
            if (me.has(Role.SECRETARIAT, Role.ADMIN, Role.LEADER)) {
                sections.add(section("extensions", "exists (select 1 from extension_request r where r.assignment_id = a.id"
                        + " and r.status = 'PENDING')", "a.deadline nulls last",
                        "(select 'Xin gia hạn đến ' || to_char(r.requested_deadline, 'DD/MM/YYYY') || ': ' || r.reason"
                                + " from extension_request r where r.assignment_id = a.id and r.status = 'PENDING')"));
            }
            if (me.has(Role.SECRETARIAT, Role.ADMIN)) {
                sections.add(section("declined", "a.status = 'DECLINED' and a.replaced_by is null", "a.id desc",
                        "(select e.text from assignment_event e where e.assignment_id = a.id and e.action = 'DECLINE'"
                                + " order by e.created_at desc limit 1)"));
            }
            sections.add(section("long_overdue", OPEN + " and not a.standing and a.deadline < cast(:today as date) - "
                    + TimelinessRule.LONG_OVERDUE_DAYS, "a.deadline", null));
            sections.add(section("silent", OPEN + " and (a.standing or a.deadline is null) and coalesce(a.last_report_at,"
                    + " a.assigned_at) < cast(:today as date) - interval '" + TimelinessRule.SILENT_MONTHS + " months'",
                    "coalesce(a.last_report_at, a.assigned_at)",
                    "'Báo cáo gần nhất: ' || coalesce(to_char(a.last_report_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY'), 'chưa có')"));
        }
        return new Inbox(sections);
    }

    private Inbox.Section section(String code, String where, String order, String noteSql) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = Map.of("today", Date.valueOf(today), "dueSoon", TimelinessRule.DEFAULT.dueSoonDays(),
                "dueSoonOccurrence", OCCURRENCE_DUE_SOON_DAYS, "limit", PER_SECTION);
        long count = jdbc.sql("select count(*)" + FROM + " where " + where).params(params).query(Long.class).single();
        List<InboxItem> items = count == 0 ? List.of() : jdbc.sql(SELECT + ", " + (noteSql == null ? "null" : noteSql)
                        + " as note" + FROM + " where " + where + " order by " + order + ", a.id limit :limit")
                .params(params)
                .query((rs, i) -> new InboxItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), AssignmentRole.valueOf(rs.getString(6)), AssignmentStatus.valueOf(rs.getString(7)),
                        AssignmentRepository.localDate(rs.getDate(8)), Timeliness.valueOf(rs.getString(9)),
                        rs.getString("note")))
                .list();
        return new Inbox.Section(code, count, items);
    }
}
