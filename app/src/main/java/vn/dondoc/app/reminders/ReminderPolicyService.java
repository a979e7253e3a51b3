package vn.dondoc.app.reminders;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;

/** Reads and (admins only) changes the reminder policy; changes are audited. */
@Service
public class ReminderPolicyService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderPolicyService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderPolicy current() {
        return jdbc.sql("""
                select days_before, on_the_day, overdue_digest, escalate_secretariat_days, escalate_leader_days,
                       silent_months, awaiting_confirmation_days, version from reminder_policy where id = 1""")
                .query((rs, i) -> new ReminderPolicy(ReminderPolicy.parseDays(rs.getString(1)), rs.getBoolean(2),
                        ReminderPolicy.DigestFrequency.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8)))
                .optional().orElse(ReminderPolicy.DEFAULT);
    }

    /** Saves the admin's edit made on {@code p.version()}; 409 when someone changed the policy meanwhile. */
    @Transactional
    public ReminderPolicy update(ReminderPolicy p) {
        CurrentUser me = CurrentUser.require();
        if (!me.has(Role.ADMIN)) {
            throw DomainException.forbidden("Chỉ quản trị viên được sửa chính sách nhắc việc.");
        }
        ReminderPolicy before = current();
        int n = jdbc.sql("""
                update reminder_policy set days_before = ?, on_the_day = ?, overdue_digest = ?,
                       escalate_secretariat_days = ?, escalate_leader_days = ?, silent_months = ?,
                       awaiting_confirmation_days = ?, version = version + 1, updated_at = ?, updated_by = ?
                 where id = 1 and version = ?""")
                .params(p.daysBeforeText(), p.onTheDay(), p.overdueDigest().name(), p.escalateSecretariatDays(),
                        p.escalateLeaderDays(), p.silentMonths(), p.awaitingConfirmationDays(),
                        Timestamp.from(clock.instant()), me.id(), p.version())
                .update();
        if (n == 0) {
            throw DomainException.conflict("stale", "Chính sách nhắc việc vừa được người khác sửa. Hãy tải lại và sửa lại.");
        }
        events.publishEvent(new Audited("reminder_policy", 1L, null, null, null, "UPDATE",
                "Sửa chính sách nhắc việc", describe(before), describe(p), me.id()));
        return current();
    }

    private static Map<String, Object> describe(ReminderPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("daysBefore", p.daysBeforeText());
        m.put("onTheDay", p.onTheDay());
        m.put("overdueDigest", p.overdueDigest().name());
        m.put("escalateSecretariatDays", p.escalateSecretariatDays());
        m.put("escalateLeaderDays", p.escalateLeaderDays());
        m.put("silentMonths", p.silentMonths());
        m.put("awaitingConfirmationDays", p.awaitingConfirmationDays());
        return m;
    }
}
