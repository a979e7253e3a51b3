package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.support.DondocTest;

/** The SQL timeliness used by lists and counts gives the same bucket as the domain rule, case by case. */
@DondocTest
class TimelinessSqlTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void sqlAndJavaAgreeOnEveryCase() {
        LocalDate today = LocalDate.of(2026, 5, 20);
        List<Integer> offsets = Arrays.asList(null, -40, -31, -1, 0, 1, 3, 4, 30);
        int cases = 0;
        for (AssignmentStatus status : AssignmentStatus.values()) {
            for (Integer deadlineOffset : offsets) {
                for (Integer completedOffset : Arrays.asList(null, -1, 0, 1)) {
                    for (boolean standing : new boolean[] {false, true}) {
                        LocalDate deadline = deadlineOffset == null ? null : today.plusDays(deadlineOffset);
                        LocalDate completed = completedOffset == null || deadline == null ? null
                                : deadline.plusDays(completedOffset);
                        String sql = jdbc.sql("select " + TaskRepository.TIMELINESS_SQL
                                        + " from (select cast(:status as varchar) as status, cast(:deadline as date) as deadline,"
                                        + " cast(:completed as date) as completed_on, cast(:standing as boolean) as standing) a")
                                .param("status", status.name()).param("deadline", deadline == null ? null : Date.valueOf(deadline))
                                .param("completed", completed == null ? null : Date.valueOf(completed))
                                .param("standing", standing).param("today", Date.valueOf(today)).param("dueSoon", 3)
                                .query(String.class).single();
                        Timeliness java = TimelinessRule.DEFAULT.of(status, deadline, standing, completed, today);
                        assertThat(sql).as(status + " deadline " + deadline + " completed " + completed + " standing " + standing)
                                .isEqualTo(java.name());
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(7 * 9 * 4 * 2);
    }
}
