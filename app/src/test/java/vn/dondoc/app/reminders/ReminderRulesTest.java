package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.TaskService;

/**
 * Each reminder rule fires once, on the right day, for the right people, with the job run for explicit days (the
 * fixed clock of these tests); running again, or after a run that died, sends nothing twice.
 */
@DondocTest
class ReminderRulesTest {

    @Autowired ReminderService reminders;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    ReminderFixture f;

    @BeforeEach
    void setUp() {
        f = new ReminderFixture(tasks, agencies, jdbc);
    }

    /** New notifications per user caused by one run. */
    private Map<String, Integer> run(LocalDate day, String marker, String... users) {
        Map<String, Integer> before = new LinkedHashMap<>();
        for (String u : users) {
            before.put(u, f.notifications(u, marker));
        }
        Map<String, Integer> all = new LinkedHashMap<>();
        for (String u : users) {
            all.put(u, f.notifications(u, null));
        }
        reminders.run(day);
        Map<String, Integer> delta = new LinkedHashMap<>();
        for (String u : users) {
            assertThat(f.notifications(u, null) - all.get(u)).as("one digest per recipient per run, " + u + " on " + day)
                    .isLessThanOrEqualTo(1);
            delta.put(u, f.notifications(u, marker) - before.get(u));
        }
        return delta;
    }

    @Test
    void deadlineRulesFireOnceOnTheirDay() {
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2031, 3, 10);
        long a = f.issue(marker, deadline);
        String[] users = {"snv.lanhdao", "snv.chuyenvien", "thuongtruc", "lanhdao", "stc.lanhdao"};
        Map<LocalDate, Map<String, Integer>> seen = new LinkedHashMap<>();
        for (LocalDate d = deadline.minusDays(9); !d.isAfter(deadline.plusDays(31)); d = d.plusDays(1)) {
            seen.put(d, run(d, marker, users));
        }
        for (var e : seen.entrySet()) {
            long offset = e.getKey().toEpochDay() - deadline.toEpochDay();
            Map<String, Integer> got = e.getValue();
            int agency = offset == -7 || offset == -3 || offset >= 0 ? 1 : 0; // before 7, 3, the day, then daily digest
            assertThat(got.get("snv.lanhdao")).as("agency head at day %d", offset).isEqualTo(agency);
            assertThat(got.get("snv.chuyenvien")).as("agency officer at day %d", offset).isEqualTo(agency);
            assertThat(got.get("thuongtruc")).as("secretariat at day %d", offset).isEqualTo(offset == 7 ? 1 : 0);
            assertThat(got.get("lanhdao")).as("leader at day %d", offset).isEqualTo(offset == 30 ? 1 : 0);
            assertThat(got.get("stc.lanhdao")).as("another agency at day %d", offset).isZero();
        }
        assertThat(f.keys(a)).containsExactly("BEFORE_7:a" + a + ":" + deadline, "BEFORE_3:a" + a + ":" + deadline,
                "ON_THE_DAY:a" + a + ":" + deadline, "ESCALATE_SECRETARIAT:a" + a + ":" + deadline,
                "ESCALATE_LEADER:a" + a + ":" + deadline);
        // mails follow the notifications (demo accounts have addresses and mail on)
        assertThat(f.mails("snv.lanhdao", marker)).isEqualTo(f.notifications("snv.lanhdao", marker)).isEqualTo(2 + 1 + 31);

        // running every day again adds nothing
        int notes = f.notifications("snv.lanhdao", null);
        int mails = f.mails("snv.lanhdao", null);
        for (LocalDate d = deadline.minusDays(9); !d.isAfter(deadline.plusDays(31)); d = d.plusDays(1)) {
            assertThat(reminders.run(d).events()).as("re-run of %s", d).isZero();
        }
        assertThat(f.notifications("snv.lanhdao", null)).isEqualTo(notes);
        assertThat(f.mails("snv.lanhdao", null)).isEqualTo(mails);

        // an approved extension (new deadline in force) is a new event
        LocalDate extended = deadline.plusDays(60);
        jdbc.sql("update assignment set deadline = ? where id = ?").params(java.sql.Date.valueOf(extended), a).update();
        assertThat(run(extended.minusDays(7), marker, users).get("snv.lanhdao")).isEqualTo(1);
        assertThat(f.keys(a)).contains("BEFORE_7:a" + a + ":" + extended);
    }

    @Test
    void missedDaysAreCaughtUpOnce() {
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2032, 5, 20);
        long a = f.issue(marker, deadline);
        // no run from D-10 to D-6: the run of D-5 still sends the 7-day reminder, once
        assertThat(run(deadline.minusDays(5), marker, "snv.lanhdao").get("snv.lanhdao")).isEqualTo(1);
        assertThat(run(deadline.minusDays(4), marker, "snv.lanhdao").get("snv.lanhdao")).isZero();
        // nothing until D+9: escalation to the secretariat (due at D+7) comes with the digest of D+9
        assertThat(run(deadline.plusDays(9), marker, "thuongtruc").get("thuongtruc")).isEqualTo(1);
        assertThat(f.keys(a)).containsExactly("BEFORE_7:a" + a + ":" + deadline, "ESCALATE_SECRETARIAT:a" + a + ":" + deadline);
    }

    @Test
    void weeklyDigestIsSentOncePerWeek() {
        ReminderPolicy p = reminders(ReminderPolicy.DigestFrequency.WEEKLY);
        try {
            String marker = ReminderFixture.marker();
            LocalDate deadline = LocalDate.of(2033, 1, 5); // a Wednesday
            f.issue(marker, deadline);
            int sent = 0;
            for (LocalDate d = deadline.plusDays(1); d.isBefore(deadline.plusDays(15)); d = d.plusDays(1)) {
                sent += run(d, marker, "snv.lanhdao").get("snv.lanhdao");
            }
            // Thu 6 Jan (week of 3 Jan), then the weeks of 10 and 17 Jan (escalations go to others)
            assertThat(sent).isEqualTo(3);
        } finally {
            restore(p);
        }
    }

    @Test
    void silentNoDeadlineWorkIsFlaggedAfterThreeMonths() {
        String marker = ReminderFixture.marker();
        long a = f.issue(marker, null);
        LocalDate assigned = LocalDate.of(2034, 2, 10);
        f.setAssignedAt(a, assigned);
        assertThat(run(assigned.plusMonths(3).minusDays(1), marker, "thuongtruc", "snv.lanhdao"))
                .containsEntry("thuongtruc", 0).containsEntry("snv.lanhdao", 0);
        assertThat(run(assigned.plusMonths(3), marker, "thuongtruc", "snv.lanhdao"))
                .containsEntry("thuongtruc", 1).containsEntry("snv.lanhdao", 1);
        assertThat(run(assigned.plusMonths(4), marker, "thuongtruc", "snv.lanhdao"))
                .containsEntry("thuongtruc", 0).containsEntry("snv.lanhdao", 0);
        // a report restarts the count: flagged again three months after it
        LocalDate report = assigned.plusMonths(4);
        jdbc.sql("update assignment set last_report_at = ? where id = ?").params(Timestamp.valueOf(report.atTime(10, 0)), a).update();
        assertThat(run(report.plusMonths(3), marker, "thuongtruc").get("thuongtruc")).isEqualTo(1);
        assertThat(f.keys(a)).containsExactly("SILENT:a" + a + ":" + assigned, "SILENT:a" + a + ":" + report);
    }

    @Test
    void workAwaitingConfirmationRemindsTheSecretariat() {
        String marker = ReminderFixture.marker();
        long a = f.issue(marker, LocalDate.of(2035, 12, 31));
        LocalDate since = LocalDate.of(2035, 6, 1);
        jdbc.sql("update assignment set status = 'AWAITING_CONFIRMATION' where id = ?").param(a).update();
        jdbc.sql("insert into assignment_event (assignment_id, action, from_status, to_status, created_at)"
                + " values (?, 'COMPLETE', 'IN_PROGRESS', 'AWAITING_CONFIRMATION', ?)")
                .params(a, Timestamp.valueOf(since.atTime(8, 0))).update();
        assertThat(run(since.plusDays(4), marker, "thuongtruc", "snv.lanhdao"))
                .containsEntry("thuongtruc", 0).containsEntry("snv.lanhdao", 0);
        assertThat(run(since.plusDays(5), marker, "thuongtruc", "snv.lanhdao"))
                .containsEntry("thuongtruc", 1).containsEntry("snv.lanhdao", 0);
        assertThat(run(since.plusDays(6), marker, "thuongtruc").get("thuongtruc")).isZero();
        assertThat(f.keys(a)).containsExactly("AWAITING_CONFIRMATION:a" + a + ":" + since);
    }

    @Test
    void aRunThatDiesInTheMiddleLeavesNothingAndTheNextSendsOnce() {
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2036, 4, 1);
        long a = f.issue(marker, deadline);
        LocalDate day = deadline.plusDays(8);
        int mailsBefore = f.mails("snv.lanhdao", marker);
        // the node dies after the digests were written, before the commit
        try {
            tx.executeWithoutResult(s -> {
                assertThat(reminders.run(day).events()).isPositive();
                throw new IllegalStateException("node killed");
            });
        } catch (IllegalStateException expected) {
            // as a crash
        }
        assertThat(f.keys(a)).isEmpty();
        assertThat(f.mails("snv.lanhdao", marker)).isEqualTo(mailsBefore);
        // restarted: state reloaded from the database, the catch-up run sends once, a further run nothing
        assertThat(run(day, marker, "snv.lanhdao", "thuongtruc")).containsEntry("snv.lanhdao", 1).containsEntry("thuongtruc", 1);
        assertThat(run(day, marker, "snv.lanhdao", "thuongtruc")).containsEntry("snv.lanhdao", 0).containsEntry("thuongtruc", 0);
        assertThat(f.mails("snv.lanhdao", marker)).isEqualTo(mailsBefore + 1);
    }

    @Test
    void usersWithMailOffGetNotificationsOnly() {
        long id = f.userId("snv.chuyenvien");
        jdbc.sql("update app_user set mail_enabled = false where id = ?").param(id).update();
        try {
            String marker = ReminderFixture.marker();
            LocalDate deadline = LocalDate.of(2037, 9, 9);
            f.issue(marker, deadline);
            run(deadline, marker, "snv.chuyenvien");
            assertThat(f.notifications("snv.chuyenvien", marker)).isEqualTo(1);
            assertThat(f.mails("snv.chuyenvien", marker)).isZero();
            assertThat(f.mails("snv.lanhdao", marker)).isEqualTo(1);
        } finally {
            jdbc.sql("update app_user set mail_enabled = true where id = ?").param(id).update();
        }
    }

    private ReminderPolicy reminders(ReminderPolicy.DigestFrequency digest) {
        ReminderPolicy before = currentPolicy();
        jdbc.sql("update reminder_policy set overdue_digest = ? where id = 1").param(digest.name()).update();
        return before;
    }

    private ReminderPolicy currentPolicy() {
        return jdbc.sql("select overdue_digest from reminder_policy where id = 1").query(String.class).list().stream()
                .map(s -> new ReminderPolicy(List.of(7, 3), true, ReminderPolicy.DigestFrequency.valueOf(s), 7, 30, 3, 5, 0))
                .findFirst().orElseThrow();
    }

    private void restore(ReminderPolicy p) {
        jdbc.sql("update reminder_policy set overdue_digest = ? where id = 1").param(p.overdueDigest().name()).update();
    }
}
