package vn.dondoc.app.reminders;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dondoc.app.reminders.ReminderEvent.Audience;
import vn.dondoc.app.tasks.Confidence;

/**
 * Finds the reminder events the policy calls for on a day, in SQL over the assignments. Thresholds are windows
 * ("at most 7 and more than 3 days left", "overdue by at least 7 days"), so a day without a run is caught up by the
 * next one; the event keys make sure each is sent once. The unreported occurrences of recurring tasks get the same
 * before / on-the-day reminders (keys {@code OCCURRENCE_*}) and join the overdue digest. Work the agency rates amber
 * or red before it is overdue ({@code at_risk} of the tasks module's read model {@code assignment_facts}) is told to
 * the secretariat once per rating: the key carries the rating and when it was given.
 */
@Component
class ReminderCandidates {

    private static final String ITEM = "select a.id, a.task_id, a.ref, a.content, a.agency_id, g.name, a.deadline";
    /** Assignments through the tasks module's read model. */
    private static final String FROM = " from assignment_facts(:today, :dueSoon) a join agency g on g.id = a.agency_id";
    /** Work whose next move is the agency's. */
    private static final String AGENCY_MOVE = " a.status in ('ASSIGNED', 'IN_PROGRESS')";
    private static final String DATED = AGENCY_MOVE + " and not a.standing and a.deadline is not null";
    private static final String SINCE_REPORT = "((coalesce(a.last_report_at, a.assigned_at) at time zone 'Asia/Ho_Chi_Minh')::date)";
    private static final String SINCE_AWAITING = "((coalesce(a.awaiting_since, a.last_report_at, a.assigned_at)"
            + " at time zone 'Asia/Ho_Chi_Minh')::date)";

    /** Unreported occurrences of recurring tasks (their due dates get the same before / on the day / overdue reminders). */
    private static final String OCCURRENCE_ITEM = "select a.id, a.task_id, a.ref, a.content, a.agency_id, g.name, o.due_on";
    private static final String OCCURRENCE_FROM = " from occurrence_facts o join assignment_facts(:today, :dueSoon) a"
            + " on a.id = o.assignment_id join agency g on g.id = a.agency_id";
    private static final String OCCURRENCE_OPEN = AGENCY_MOVE + " and o.reported_at is null";

    private final JdbcClient jdbc;
    private final DigestTexts texts;

    ReminderCandidates(JdbcClient jdbc, DigestTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    List<ReminderEvent> find(ReminderPolicy p, LocalDate today) {
        List<ReminderEvent> out = new ArrayList<>();
        List<Integer> days = p.daysBefore();
        for (int i = 0; i < days.size(); i++) {
            int n = days.get(i);
            int next = i + 1 < days.size() ? days.get(i + 1) : 0;
            for (DigestItem it : items(ReminderRule.BEFORE_DEADLINE, "a.deadline - :today as d, null as since",
                    DATED + " and a.deadline - :today <= " + n + " and a.deadline - :today > " + next, today)) {
                out.add(single(it, "BEFORE_" + n, it.deadline(), Audience.AGENCY));
            }
            for (DigestItem it : occurrences(ReminderRule.BEFORE_DEADLINE, "o.due_on - :today as d, null as since",
                    "o.due_on - :today <= " + n + " and o.due_on - :today > " + next, today)) {
                out.add(single(it, "OCCURRENCE_BEFORE_" + n, it.deadline(), Audience.AGENCY));
            }
        }
        if (p.onTheDay()) {
            for (DigestItem it : items(ReminderRule.ON_THE_DAY, "0 as d, null as since", DATED + " and a.deadline = :today", today)) {
                out.add(single(it, "ON_THE_DAY", it.deadline(), Audience.AGENCY));
            }
            for (DigestItem it : occurrences(ReminderRule.ON_THE_DAY, "0 as d, null as since", "o.due_on = :today", today)) {
                out.add(single(it, "OCCURRENCE_ON_THE_DAY", it.deadline(), Audience.AGENCY));
            }
        }
        if (p.overdueDigest() != ReminderPolicy.DigestFrequency.OFF) {
            LocalDate period = p.overdueDigest() == ReminderPolicy.DigestFrequency.WEEKLY
                    ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : today;
            Map<Long, List<DigestItem>> byAgency = new LinkedHashMap<>();
            for (DigestItem it : items(ReminderRule.OVERDUE_DIGEST, ":today - a.deadline as d, null as since",
                    DATED + " and a.deadline < :today", today)) {
                byAgency.computeIfAbsent(it.agencyId(), k -> new ArrayList<>()).add(it);
            }
            for (DigestItem it : occurrences(ReminderRule.OVERDUE_DIGEST, ":today - o.due_on as d, null as since",
                    "o.due_on < :today", today)) {
                byAgency.computeIfAbsent(it.agencyId(), k -> new ArrayList<>()).add(it);
            }
            byAgency.forEach((agency, items) -> out.add(new ReminderEvent("OVERDUE_DIGEST:g" + agency + ":" + period,
                    ReminderRule.OVERDUE_DIGEST, null, agency, period, Audience.AGENCY, List.copyOf(items))));
        }
        for (DigestItem it : items(ReminderRule.ESCALATE_SECRETARIAT, ":today - a.deadline as d, null as since",
                DATED + " and :today - a.deadline >= " + p.escalateSecretariatDays(), today)) {
            out.add(single(it, "ESCALATE_SECRETARIAT", it.deadline(), Audience.SECRETARIAT));
        }
        for (DigestItem it : items(ReminderRule.ESCALATE_LEADER, ":today - a.deadline as d, null as since",
                DATED + " and :today - a.deadline >= " + p.escalateLeaderDays(), today)) {
            out.add(single(it, "ESCALATE_LEADER", it.deadline(), Audience.LEADER));
        }
        for (DigestItem it : items(ReminderRule.SILENT, ":today - " + SINCE_REPORT + " as d, " + SINCE_REPORT + " as since",
                AGENCY_MOVE + " and (a.standing or a.deadline is null) and (" + SINCE_REPORT + " + make_interval(months => "
                        + p.silentMonths() + "))::date <= :today", today)) {
            out.add(single(it, "SILENT", it.since(), Audience.AGENCY_AND_SECRETARIAT));
        }
        out.addAll(atRisk(today));
        for (DigestItem it : items(ReminderRule.AWAITING_CONFIRMATION, ":today - " + SINCE_AWAITING + " as d, "
                + SINCE_AWAITING + " as since", "a.status = 'AWAITING_CONFIRMATION' and :today - " + SINCE_AWAITING
                + " >= " + p.awaitingConfirmationDays(), today)) {
            out.add(single(it, "AWAITING_CONFIRMATION", it.since(), Audience.SECRETARIAT));
        }
        return out;
    }

    /**
     * Open work not yet overdue on {@code today} whose latest rating, given on or before that day, is amber or red,
     * red first; one event per rating (key: rating and the instant it was given). {@code since} is the day of the rating.
     */
    private List<ReminderEvent> atRisk(LocalDate today) {
        return jdbc.sql(("select f.id, f.task_id, f.ref, f.content, f.agency_id, g.name, f.deadline,"
                        + " coalesce(f.deadline - :today, 0) as d,"
                        + " (f.confidence_at at time zone 'Asia/Ho_Chi_Minh')::date as since, f.confidence,"
                        + " f.confidence_note, f.confidence_at"
                        + " from assignment_facts(:today, :dueSoon) f join agency g on g.id = f.agency_id"
                        + " where f.at_risk and (f.confidence_at at time zone 'Asia/Ho_Chi_Minh')::date <= :today"
                        + " order by case f.confidence when 'RED' then 0 else 1 end, f.agency_id, f.deadline nulls last, f.id")
                        .replace(":today", "cast(:today as date)"))
                .param("today", Date.valueOf(today))
                .param("dueSoon", vn.dondoc.app.tasks.TimelinessRule.DEFAULT.dueSoonDays())
                .query((rs, i) -> {
                    DigestItem base = item(ReminderRule.AT_RISK, rs);
                    Confidence confidence = Confidence.valueOf(rs.getString("confidence"));
                    DigestItem it = new DigestItem(base.rule(), base.assignmentId(), base.taskId(), base.ref(),
                            base.content(), base.agencyId(), base.agencyName(), base.deadline(), base.days(), base.since(),
                            confidence, rs.getString("confidence_note"));
                    String key = "AT_RISK:a" + it.assignmentId() + ":" + confidence.name() + ":"
                            + rs.getTimestamp("confidence_at").toInstant();
                    return new ReminderEvent(key, ReminderRule.AT_RISK, it.assignmentId(), it.agencyId(), it.since(),
                            Audience.SECRETARIAT, List.of(it));
                })
                .list();
    }

    private static ReminderEvent single(DigestItem it, String code, LocalDate occurrence, Audience audience) {
        return new ReminderEvent(code + ":a" + it.assignmentId() + ":" + occurrence, it.rule(), it.assignmentId(),
                it.agencyId(), occurrence, audience, List.of(it));
    }

    private List<DigestItem> items(ReminderRule rule, String extra, String where, LocalDate today) {
        return jdbc.sql((ITEM + ", " + extra + FROM + " where " + where + " order by a.agency_id, a.deadline nulls last, a.id")
                        .replace(":today", "cast(:today as date)"))
                .param("today", Date.valueOf(today))
                .param("dueSoon", vn.dondoc.app.tasks.TimelinessRule.DEFAULT.dueSoonDays())
                .query((rs, i) -> item(rule, rs))
                .list();
    }

    /** Items for the unreported occurrences matching {@code where}, their due date as the deadline, marked as periodic reports. */
    private List<DigestItem> occurrences(ReminderRule rule, String extra, String where, LocalDate today) {
        return jdbc.sql((OCCURRENCE_ITEM + ", " + extra + OCCURRENCE_FROM + " where " + OCCURRENCE_OPEN + " and " + where
                        + " order by a.agency_id, o.due_on, a.id").replace(":today", "cast(:today as date)"))
                .param("today", Date.valueOf(today))
                .param("dueSoon", vn.dondoc.app.tasks.TimelinessRule.DEFAULT.dueSoonDays())
                .query((rs, i) -> {
                    DigestItem it = item(rule, rs);
                    return new DigestItem(it.rule(), it.assignmentId(), it.taskId(), it.ref(),
                            texts.msg("recurring.reminder", it.content()), it.agencyId(), it.agencyName(), it.deadline(),
                            it.days(), it.since());
                })
                .list();
    }

    private static DigestItem item(ReminderRule rule, ResultSet rs) throws SQLException {
        Date deadline = rs.getDate(7);
        Date since = rs.getDate(9);
        return new DigestItem(rule, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), deadline == null ? null : deadline.toLocalDate(), rs.getLong(8),
                since == null ? null : since.toLocalDate());
    }
}
