package vn.dondoc.app.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.tasks.TimelinessRule;

/** Scorecard figures per agency, in one pass over the tasks module's read model ({@code assignment_facts}). */
@Repository
class ScorecardQueries {

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every agency with something in the period (or only {@code agencyId}), ranked. */
    Scorecard scorecard(LocalDate from, LocalDate to, LocalDate today, Long agencyId) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", Date.valueOf(from));
        p.put("to", Date.valueOf(to));
        p.put("today", Date.valueOf(today));
        p.put("dueSoon", TimelinessRule.DEFAULT.dueSoonDays());
        String agencyCondition = "";
        if (agencyId != null) {
            p.put("agency", agencyId);
            agencyCondition = " where a.agency_id = :agency";
        }
        String sql = "with x as (select a.id, a.agency_id, a.status, a.deadline, a.completed_on, a.assigned_on,"
                + " a.timeliness as tl from assignment_facts(:today, :dueSoon) a" + agencyCondition + "),"
                + """
                s as (select agency_id,
                             count(*) filter (where assigned_on between :from and :to) as assigned,
                             count(*) filter (where deadline between :from and :to
                                              and status not in ('DECLINED', 'SUSPENDED', 'CANCELLED')) as due,
                             count(*) filter (where status = 'DONE' and completed_on between :from and :to
                                              and tl = 'DONE_ON_TIME') as done_on_time,
                             count(*) filter (where status = 'DONE' and completed_on between :from and :to
                                              and tl = 'DONE_LATE') as done_late,
                             count(*) filter (where tl = 'OVERDUE' and deadline <= :to) as open_overdue
                        from x group by agency_id),
                e as (select x.agency_id,
                             count(*) filter (where (r.requested_at at time zone 'Asia/Ho_Chi_Minh')::date
                                              between :from and :to) as asked,
                             count(*) filter (where r.status = 'APPROVED'
                                              and (r.decided_at at time zone 'Asia/Ho_Chi_Minh')::date
                                              between :from and :to) as granted
                        from extension_facts r join x on x.id = r.assignment_id group by x.agency_id),
                o as (select x.agency_id,
                             count(*) filter (where o.reported_at is not null
                                              and (o.reported_at at time zone 'Asia/Ho_Chi_Minh')::date <= o.due_on) as on_time,
                             count(*) filter (where o.reported_at is not null
                                              and (o.reported_at at time zone 'Asia/Ho_Chi_Minh')::date > o.due_on) as late,
                             count(*) filter (where o.reported_at is null and o.due_on < :today) as missed
                        from occurrence_facts o join x on x.id = o.assignment_id
                       where o.due_on between :from and :to group by x.agency_id),
                ag as (select agency_id from s union select agency_id from o)
                select g.id, g.name, coalesce(s.assigned, 0), coalesce(s.due, 0), coalesce(s.done_on_time, 0),
                       coalesce(s.done_late, 0), coalesce(s.open_overdue, 0), coalesce(e.asked, 0),
                       coalesce(e.granted, 0), coalesce(o.on_time, 0), coalesce(o.late, 0), coalesce(o.missed, 0)
                  from ag join agency g on g.id = ag.agency_id left join s on s.agency_id = ag.agency_id
                  left join e on e.agency_id = ag.agency_id left join o on o.agency_id = ag.agency_id
                 order by g.name_folded""";
        List<long[]> figures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        jdbc.sql(sql).params(p).query((rs, i) -> {
            long[] f = new long[11];
            f[0] = rs.getLong(1);
            for (int c = 1; c < 11; c++) {
                f[c] = rs.getLong(c + 2);
            }
            names.add(rs.getString(2));
            return figures.add(f);
        }).list();
        List<AgencyScore> rows = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            long[] f = figures.get(i);
            boolean active = false;
            for (int c = 1; c < 11; c++) {
                active |= f[c] > 0;
            }
            if (!active && agencyId == null) {
                continue;
            }
            long judged = f[3] + f[4] + f[5] + f[8] + f[9] + f[10];
            Double rate = judged == 0 ? null : (double) (f[3] + f[8]) / judged;
            rows.add(new AgencyScore(0, f[0], names.get(i), f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
                    rate, rate != null && rate >= AgencyScore.GOOD_THRESHOLD));
        }
        return new Scorecard(from, to, today, rank(rows));
    }

    /** Highest rate first, then more judged work, then name; equal rates share a rank; unjudged last, unranked. */
    static List<AgencyScore> rank(List<AgencyScore> rows) {
        List<AgencyScore> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((AgencyScore s) -> s.onTimeRate() == null ? -1 : s.onTimeRate()).reversed()
                .thenComparing(Comparator.comparingLong(AgencyScore::judged).reversed()));
        List<AgencyScore> ranked = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            AgencyScore s = sorted.get(i);
            if (s.onTimeRate() != null && !s.onTimeRate().equals(previous)) {
                rank = i + 1;
                previous = s.onTimeRate();
            }
            ranked.add(new AgencyScore(s.onTimeRate() == null ? 0 : rank, s.agencyId(), s.agencyName(), s.assigned(),
                    s.due(), s.doneOnTime(), s.doneLate(), s.openOverdue(), s.extensionsAsked(), s.extensionsGranted(),
                    s.periodicOnTime(), s.periodicLate(), s.periodicMissed(), s.onTimeRate(), s.good()));
        }
        return ranked;
    }
}
