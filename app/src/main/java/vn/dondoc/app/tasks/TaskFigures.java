package vn.dondoc.app.tasks;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.DomainException;

/**
 * Figures over many assignments for the leadership views: per agency, per period, per notice. Judged by the
 * timeliness rule ({@code timeliness_of}), held to the user's scope (an agency sees only its own figures) and
 * kept in the {@link TaskFigureCache} until tasks change, so a dashboard over a million assignments is read once.
 */
@Service
public class TaskFigures {

    private static final String OPEN = "('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')";

    private final JdbcClient jdbc;
    private final TaskFigureCache cache;
    private final Clock clock;
    private final TimelinessRule rule = TimelinessRule.DEFAULT;

    TaskFigures(JdbcClient jdbc, TaskFigureCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.clock = clock;
    }

    /** The agency the user may read figures of: any (null = all) for province roles, else only their own. */
    public static Long scopeAgency(Long requested) {
        CurrentUser me = CurrentUser.require();
        if (me.role().seesEverything()) {
            return requested;
        }
        if (requested != null && !requested.equals(me.agencyId())) {
            throw DomainException.forbidden("Bạn chỉ xem được số liệu của cơ quan, đơn vị mình.");
        }
        return me.agencyId();
    }

    private Map<String, Object> params(Long agencyId, Long noticeId) {
        Map<String, Object> p = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        p.put("today", Date.valueOf(today));
        p.put("dueSoon", rule.dueSoonDays());
        if (agencyId != null) {
            p.put("agency", agencyId);
        }
        if (noticeId != null) {
            p.put("notice", noticeId);
        }
        return p;
    }

    private static String scopeSql(Long agencyId, Long noticeId) {
        return (agencyId != null ? " and a.agency_id = :agency" : "")
                + (noticeId != null ? " and a.task_id in (select id from task where notice_id = :notice)" : "");
    }

    /**
     * Per agency with assignments in scope: the state today and the period's judgement ({@link AgencyFigures}).
     * {@code agencyId} null: every agency (province roles only); "long overdue" is more than {@code longOverdueDays}.
     */
    @Transactional(readOnly = true)
    public List<AgencyFigures> byAgency(Long agencyId, Long noticeId, LocalDate from, LocalDate to, int longOverdueDays) {
        Long agency = scopeAgency(agencyId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to.isAfter(today) ? today : to;
        return cache.get(List.of("byAgency", String.valueOf(agency), String.valueOf(noticeId), from, to, today,
                longOverdueDays), () -> {
            Map<String, Object> p = params(agency, noticeId);
            p.put("long", longOverdueDays);
            p.put("from", Date.valueOf(from));
            p.put("to", Date.valueOf(to));
            p.put("end", Date.valueOf(end));
            String tl = TaskRepository.TIMELINESS_SQL;
            return jdbc.sql("select a.agency_id, count(*),"
                            + " count(*) filter (where a.status in " + OPEN + "),"
                            + " count(*) filter (where " + tl + " = 'OVERDUE'),"
                            + " count(*) filter (where " + tl + " = 'OVERDUE' and :today - a.deadline > :long),"
                            + " count(*) filter (where a.confidence in ('AMBER', 'RED') and " + tl
                            + " in ('ON_TIME', 'DUE_SOON', 'NO_DEADLINE', 'STANDING')),"
                            + " count(*) filter (where a.completed_on between :from and :to and " + tl + " = 'DONE_ON_TIME'),"
                            + " count(*) filter (where a.completed_on between :from and :to and " + tl + " = 'DONE_LATE'),"
                            + " count(*) filter (where " + OVERDUE_AT + ")"
                            + " from assignment a where true" + scopeSql(agency, noticeId)
                            + " group by a.agency_id")
                    .params(p)
                    .query((rs, i) -> new AgencyFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                    .list();
        });
    }

    /** Open past its deadline on day {@code :end}: still open, or finished after it. */
    private static final String OVERDUE_AT = "not a.standing and a.deadline < :end and (a.status in " + OPEN
            + " or (a.status = 'DONE' and a.completed_on > :end))";

    /**
     * The on-time figures of each period (start and end inclusive, oldest first) in scope; a period's overdue
     * work is counted at its end, or today for the current one.
     */
    @Transactional(readOnly = true)
    public List<PeriodFigures> trend(Long agencyId, Long noticeId, List<LocalDate[]> periods) {
        Long agency = scopeAgency(agencyId);
        LocalDate today = LocalDate.now(clock);
        List<Object> key = new ArrayList<>(List.of("trend", String.valueOf(agency), String.valueOf(noticeId), today));
        periods.forEach(p -> key.add(p[0] + "/" + p[1]));
        return cache.get(key, () -> {
            List<PeriodFigures> out = new ArrayList<>();
            String scope = scopeSql(agency, noticeId);
            for (LocalDate[] period : periods) {
                LocalDate end = period[1].isAfter(today) ? today : period[1];
                Map<String, Object> p = params(agency, noticeId);
                p.put("from", Date.valueOf(period[0]));
                p.put("to", Date.valueOf(period[1]));
                p.put("end", Date.valueOf(end));
                long[] done = jdbc.sql("select count(*) filter (where " + TaskRepository.TIMELINESS_SQL
                                + " = 'DONE_ON_TIME'), count(*) filter (where " + TaskRepository.TIMELINESS_SQL
                                + " in ('DONE_ON_TIME', 'DONE_LATE')) from assignment a"
                                + " where a.status = 'DONE' and a.completed_on between :from and :to" + scope)
                        .params(p).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                long overdue = jdbc.sql("select (select count(*) from assignment a where a.status in " + OPEN
                                + " and not a.standing and a.deadline < :end" + scope + ")"
                                + " + (select count(*) from assignment a where a.status = 'DONE' and a.completed_on > :end"
                                + " and not a.standing and a.deadline < :end" + scope + ")")
                        .params(p).query(Long.class).single();
                out.add(new PeriodFigures(period[0], period[1], done[0], done[1], overdue));
            }
            return out;
        });
    }

    /**
     * The most recently issued notices with assignments in scope (newest first, {@code limit} of them after
     * {@code offset}): their assignments in scope, done, overdue today, at risk.
     */
    @Transactional(readOnly = true)
    public List<NoticeFigures> byNotice(Long agencyId, int limit, int offset) {
        Long agency = scopeAgency(agencyId);
        LocalDate today = LocalDate.now(clock);
        return cache.get(List.of("byNotice", String.valueOf(agency), limit, offset, today), () -> {
            Map<String, Object> p = params(agency, null);
            p.put("limit", limit);
            p.put("offset", offset);
            String notices = agency == null
                    ? "select t.notice_id from task t where t.notice_id is not null group by t.notice_id"
                    + " order by t.notice_id desc limit :limit offset :offset"
                    : "select t.notice_id from assignment a join task t on t.id = a.task_id where a.agency_id = :agency"
                    + " and t.notice_id is not null group by t.notice_id order by t.notice_id desc limit :limit offset :offset";
            return jdbc.sql("select f.notice_id, max(f.source), count(*), count(*) filter (where f.status = 'DONE'),"
                            + " count(*) filter (where f.timeliness = 'OVERDUE'), count(*) filter (where f.at_risk)"
                            + " from assignment_facts(:today, :dueSoon) f"
                            + " where f.notice_id in (" + notices + ")"
                            + (agency != null ? " and f.agency_id = :agency" : "")
                            + " group by f.notice_id order by f.notice_id desc")
                    .params(p)
                    .query((rs, i) -> new NoticeFigures(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6)))
                    .list();
        });
    }
}
