package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.OccurrenceService;
import vn.dondoc.app.tasks.TaskService;

/** An unreported occurrence of a recurring task gets the before / on-the-day / overdue reminders of a deadline, once. */
@DondocTest
class OccurrenceRemindersTest {

    @Autowired ReminderService reminders;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired OccurrenceService occurrences;
    @Autowired JdbcClient jdbc;

    @Test
    void anOccurrenceDueDateIsRemindedLikeADeadline() {
        ReminderFixture f = new ReminderFixture(tasks, agencies, jdbc);
        String marker = ReminderFixture.marker();
        long task = tasks.issue(null, List.of(new NewTask("R.9", marker, null, "hằng tháng", "P1M", false, null,
                List.of(f.agency()), List.of()))).get(0);
        long a = jdbc.sql("select id from assignment where task_id = ?").param(task).query(Long.class).single();
        f.setAssignedAt(a, LocalDate.of(2031, 1, 10));
        jdbc.sql("delete from occurrence where assignment_id = ?").param(a).update();
        occurrences.generateForAssignment(a, LocalDate.of(2031, 1, 10));
        LocalDate due = LocalDate.of(2031, 2, 10);

        Map<LocalDate, Integer> seen = new LinkedHashMap<>();
        for (LocalDate d = due.minusDays(9); !d.isAfter(due.plusDays(2)); d = d.plusDays(1)) {
            int before = f.notifications("snv.lanhdao", marker);
            reminders.run(d);
            reminders.run(d);
            seen.put(d, f.notifications("snv.lanhdao", marker) - before);
        }
        seen.forEach((d, n) -> {
            long offset = d.toEpochDay() - due.toEpochDay();
            assertThat(n).as("day %d", offset).isEqualTo(offset == -7 || offset == -3 || offset >= 0 ? 1 : 0);
        });
        assertThat(f.keys(a)).containsExactly("OCCURRENCE_BEFORE_7:a" + a + ":" + due,
                "OCCURRENCE_BEFORE_3:a" + a + ":" + due, "OCCURRENCE_ON_THE_DAY:a" + a + ":" + due);
        assertThat(f.notifications("snv.lanhdao", "Kỳ báo cáo định kỳ: " + marker)).isEqualTo(5);

        jdbc.sql("update occurrence set reported_at = now() where assignment_id = ?").param(a).update();
        int before = f.notifications("snv.lanhdao", marker);
        reminders.run(due.plusDays(3));
        assertThat(f.notifications("snv.lanhdao", marker)).isEqualTo(before);
    }
}
