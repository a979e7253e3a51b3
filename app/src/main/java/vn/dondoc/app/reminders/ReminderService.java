package vn.dondoc.app.reminders;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.shared.RunnableJob;

/**
 * The reminders job: finds today's reminder events, records each once in {@code reminder_sent} (unique key), and
 * sends every recipient one digest — an in-app notification and, when they take mail, one mail in the outbox. A run
 * is one transaction under an advisory lock: concurrent runs queue, a run that dies leaves nothing behind, and a
 * repeated run finds every event already recorded and sends nothing.
 */
@Service
public class ReminderService implements RunnableJob {

    /** Name of the job ({@code POST /api/v1/admin/jobs/reminders/run}). */
    public static final String JOB = "reminders";
    private static final long LOCK = 0x646f6e646f63L; // "dondoc"

    private final JdbcClient jdbc;
    private final ReminderPolicyService policy;
    private final ReminderCandidates candidates;
    private final DigestDelivery delivery;
    private final Clock clock;

    ReminderService(JdbcClient jdbc, ReminderPolicyService policy, ReminderCandidates candidates, DigestDelivery delivery,
                    Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.candidates = candidates;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** Runs for the clock's day, in one transaction (not through {@link #run}'s proxy, hence its own annotation). */
    @Override
    @Transactional
    public String runNow() {
        return run(LocalDate.now(clock)).summary();
    }

    /** Runs the reminders for {@code today} (the job passes the clock's day; tests pass any day). */
    @Transactional
    public ReminderRun run(LocalDate today) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).list();
        List<Recipient> users = jdbc.sql("select id, full_name, email, mail_enabled, role, agency_id from app_user"
                        + " where enabled order by id")
                .query((rs, i) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), (Long) rs.getObject(6)))
                .list();
        Map<Long, Recipient> byId = new LinkedHashMap<>();
        Map<Long, List<DigestItem>> digests = new LinkedHashMap<>();
        int claimed = 0;
        for (ReminderEvent e : candidates.find(policy.current(), today)) {
            List<Recipient> to = users.stream().filter(u -> receives(u, e)).toList();
            if (to.isEmpty() || !claim(e, today)) {
                continue;
            }
            claimed++;
            for (Recipient r : to) {
                byId.put(r.id(), r);
                digests.computeIfAbsent(r.id(), k -> new ArrayList<>()).addAll(e.items());
            }
        }
        int mails = 0;
        for (var entry : digests.entrySet()) {
            List<DigestItem> items = new ArrayList<>(entry.getValue());
            items.sort(Comparator.comparing(DigestItem::rule).thenComparing(DigestItem::agencyName)
                    .thenComparing(DigestItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(DigestItem::assignmentId));
            if (delivery.deliver(byId.get(entry.getKey()), today, items)) {
                mails++;
            }
        }
        return new ReminderRun(today, claimed, digests.size(), mails);
    }

    private boolean claim(ReminderEvent e, LocalDate today) {
        return jdbc.sql("""
                insert into reminder_sent (event_key, rule, assignment_id, agency_id, occurrence, run_date)
                values (?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""")
                .params(e.key(), e.rule().name(), e.assignmentId(), e.agencyId(), Date.valueOf(e.occurrence()),
                        Date.valueOf(today))
                .update() == 1;
    }

    private static boolean receives(Recipient u, ReminderEvent e) {
        boolean agency = (u.role().equals("AGENCY_HEAD") || u.role().equals("AGENCY_OFFICER"))
                && u.agencyId() != null && u.agencyId() == e.agencyId();
        boolean secretariat = u.role().equals("SECRETARIAT");
        return switch (e.audience()) {
            case AGENCY -> agency;
            case SECRETARIAT -> secretariat;
            case LEADER -> u.role().equals("LEADER");
            case AGENCY_AND_SECRETARIAT -> agency || secretariat;
        };
    }
}
