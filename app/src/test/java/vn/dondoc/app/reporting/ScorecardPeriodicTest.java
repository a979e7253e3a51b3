package vn.dondoc.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.RunAs;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.VnDates;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.OccurrenceService;
import vn.dondoc.app.tasks.TaskService;

/**
 * The scorecard counts the periods of recurring tasks due in its period: reported by the due date (on time), after
 * it (late), not reported (missed) — and they weigh in the on-time rate like any other judged work.
 */
@DondocTest
class ScorecardPeriodicTest {

    @Autowired
    TaskService tasks;
    @Autowired
    OccurrenceService occurrences;
    @Autowired
    ReportService reports;
    @Autowired
    AgencyService agencies;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    static Timestamp at(LocalDate d) {
        return Timestamp.from(d.atTime(LocalTime.of(10, 0)).atZone(VnDates.ZONE).toInstant());
    }

    @Test
    void periodsOfRecurringTasksAreJudgedInTheScorecard() {
        long snv = agencies.all().stream().filter(a -> a.name().equals("Sở Nội vụ")).findFirst().orElseThrow().id();
        var secretariat = RunAs.of(accounts.findByUsername("thuongtruc").orElseThrow());
        long task = RunAs.user(secretariat, () -> tasks.issue(null, List.of(new NewTask("P.1",
                "Báo cáo định kỳ 02 tuần một lần kết quả cải cách hành chính.", LocalDate.parse("2018-02-28"),
                "trước ngày 28/02/2018", "P2W", false, null, List.of(snv), List.of())))).get(0);
        long a = jdbc.sql("select id from assignment where task_id = ?").param(task).query(Long.class).single();
        jdbc.sql("update assignment set assigned_at = ? where id = ?").params(at(LocalDate.parse("2017-12-01")), a).update();
        jdbc.sql("delete from occurrence where assignment_id = ?").param(a).update();
        occurrences.generateForAssignment(a, LocalDate.parse("2018-03-05"));
        List<LocalDate> dues = jdbc.sql("select due_on from occurrence where assignment_id = ? order by due_on").param(a)
                .query(LocalDate.class).list();
        assertThat(dues).contains(LocalDate.parse("2018-01-12"), LocalDate.parse("2018-01-26"), LocalDate.parse("2018-02-28"));
        jdbc.sql("update occurrence set reported_at = ? where assignment_id = ? and due_on = ?")
                .params(at(LocalDate.parse("2018-01-10")), a, java.sql.Date.valueOf("2018-01-12")).update();
        jdbc.sql("update occurrence set reported_at = ? where assignment_id = ? and due_on = ?")
                .params(at(LocalDate.parse("2018-01-28")), a, java.sql.Date.valueOf("2018-01-26")).update();

        Scorecard card = RunAs.user(secretariat, () -> reports.scorecard(LocalDate.parse("2018-01-01"),
                LocalDate.parse("2018-02-28"), snv));
        AgencyScore row = card.rows().stream().filter(r -> r.agencyId() == snv).findFirst().orElseThrow();
        long missed = dues.stream().filter(d -> !d.isBefore(LocalDate.parse("2018-01-01"))
                && !d.isAfter(LocalDate.parse("2018-02-28"))).count() - 2;
        assertThat(row.periodicOnTime()).isEqualTo(1);
        assertThat(row.periodicLate()).isEqualTo(1);
        assertThat(row.periodicMissed()).isEqualTo(missed);
        assertThat(row.openOverdue()).isEqualTo(1);
        assertThat(row.onTimeRate()).isEqualTo(1.0 / (1 + 1 + 1 + missed));
        assertThat(row.good()).isFalse();
        assertThat(ScorecardXlsx.COLUMNS).contains("Kỳ báo cáo định kỳ bỏ lỡ");
    }
}
