package vn.dondoc.app.tasks;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.VnDates;

/**
 * Occurrences of recurring assignments. A task with a recurrence (P2W, P1M, P3M, P1Y) gives each open assignment
 * one occurrence per period from the assignment's start (the day it was assigned): period k starts at
 * start + k·period and is due at start + (k+1)·period, always counted from the start so month ends don't drift
 * (31/01 → 28/02 → 31/03). Occurrences are generated up to the one covering {@code today} and never past the
 * assignment's deadline (the last one is due on the deadline); generation is idempotent. A report (not a draft)
 * fulfils the earliest unreported occurrence whose period has started.
 */
@Service
public class OccurrenceService {

    static final Set<String> RECURRENCES = Set.of("P2W", "P1M", "P3M", "P1Y");
    private static final int MAX_PERIODS = 1000;
    private static final String OPEN = "a.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')";
    private static final String CANDIDATES = """
            select a.id, t.recurrence, (a.assigned_at at time zone 'Asia/Ho_Chi_Minh')::date as start, a.deadline,
                   coalesce((select max(o.seq) from occurrence o where o.assignment_id = a.id), 0) as done
              from assignment a join task t on t.id = a.task_id
             where t.recurrence is not null and\s""" + OPEN;

    private final JdbcClient jdbc;
    private final AssignmentAccess access;
    private final Clock clock;

    OccurrenceService(JdbcClient jdbc, AssignmentAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** One period of a schedule. */
    record Slot(int seq, LocalDate periodStart, LocalDate dueOn) {
    }

    /**
     * The periods of a recurrence from {@code start} up to the one covering {@code today}, stopping at the
     * deadline; the first {@code from} periods are left out (already generated).
     */
    static List<Slot> schedule(String recurrence, LocalDate start, LocalDate deadline, LocalDate today, int from) {
        List<Slot> out = new ArrayList<>();
        if (recurrence == null || !RECURRENCES.contains(recurrence)) {
            return out;
        }
        Period period = Period.parse(recurrence);
        for (int k = Math.max(from, 0); k < MAX_PERIODS; k++) {
            LocalDate periodStart = start.plus(period.multipliedBy(k));
            if (periodStart.isAfter(today) || (deadline != null && !periodStart.isBefore(deadline))) {
                break;
            }
            LocalDate due = start.plus(period.multipliedBy(k + 1));
            out.add(new Slot(k + 1, periodStart, deadline != null && due.isAfter(deadline) ? deadline : due));
        }
        return out;
    }

    /** Generates the occurrences due by {@code today} for every open recurring assignment; returns how many were added. */
    @Transactional
    public int generate(LocalDate today) {
        return generate(CANDIDATES, today, List.of());
    }

    /** Generates the occurrences of a task's open assignments (when it is issued or its schedule changes). */
    @Transactional
    public int generateForTask(long taskId, LocalDate today) {
        return generate(CANDIDATES + " and a.task_id = ?", today, List.of(taskId));
    }

    /** Generates the occurrences of one assignment. */
    @Transactional
    public int generateForAssignment(long assignmentId, LocalDate today) {
        return generate(CANDIDATES + " and a.id = ?", today, List.of(assignmentId));
    }

    /**
     * The task's recurrence changed: its unreported occurrences are dropped and the schedule generated again
     * (reported ones are kept as history).
     */
    @Transactional
    public int rescheduleTask(long taskId, LocalDate today) {
        jdbc.sql("delete from occurrence o using assignment a where a.id = o.assignment_id and a.task_id = ?"
                + " and o.reported_at is null").param(taskId).update();
        return generateForTask(taskId, today);
    }

    /**
     * A report was sent on the assignment at {@code at}: the earliest unreported occurrence whose period has started
     * is fulfilled by it. Called in the report's transaction; nothing happens for a non-recurring assignment.
     */
    @Transactional
    public void recordReport(long assignmentId, long eventId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, VnDates.ZONE);
        generateForAssignment(assignmentId, day);
        jdbc.sql("""
                update occurrence set reported_at = ?, report_event_id = ?
                 where id = (select id from occurrence where assignment_id = ? and reported_at is null
                                and period_start <= ? order by due_on, id limit 1)""")
                .params(Timestamp.from(at), eventId, assignmentId, Date.valueOf(day)).update();
    }

    /** The assignment's occurrences, judged today, for those who may see the assignment (others: not found). */
    @Transactional(readOnly = true)
    public List<Occurrence> ofAssignment(long assignmentId) {
        access.visible(assignmentId, CurrentUser.require());
        return list(assignmentId, LocalDate.now(clock));
    }

    List<Occurrence> list(long assignmentId, LocalDate today) {
        return jdbc.sql("""
                select id, assignment_id, seq, period_start, due_on, reported_at, report_event_id
                  from occurrence where assignment_id = ? order by due_on, id""").param(assignmentId)
                .query((rs, i) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    Timestamp reported = rs.getTimestamp("reported_at");
                    Instant at = reported == null ? null : reported.toInstant();
                    long event = rs.getLong("report_event_id");
                    Long eventId = rs.wasNull() ? null : event;
                    return new Occurrence(rs.getLong("id"), rs.getLong("assignment_id"), rs.getInt("seq"),
                            rs.getDate("period_start").toLocalDate(), due, at, eventId,
                            Occurrence.Judgement.of(due, at, today));
                }).list();
    }

    private int generate(String sql, LocalDate today, List<Object> params) {
        record Candidate(long id, String recurrence, LocalDate start, LocalDate deadline, int done) {
        }
        List<Candidate> candidates = jdbc.sql(sql).params(params)
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        AssignmentRepository.localDate(rs.getDate(4)), rs.getInt(5)))
                .list();
        int added = 0;
        for (Candidate c : candidates) {
            for (Slot s : schedule(c.recurrence(), c.start(), c.deadline(), today, c.done())) {
                added += jdbc.sql("""
                        insert into occurrence (assignment_id, seq, period_start, due_on) values (?, ?, ?, ?)
                        on conflict do nothing""")
                        .params(c.id(), s.seq(), Date.valueOf(s.periodStart()), Date.valueOf(s.dueOn())).update();
            }
        }
        return added;
    }
}
