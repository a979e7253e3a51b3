package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.app.tasks.AssignmentStatus.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The timeliness buckets and flags of DOMAIN.md at their boundaries. */
class TimelinessRuleTest {

    final TimelinessRule rule = TimelinessRule.DEFAULT;
    final LocalDate today = LocalDate.of(2026, 3, 10);

    @Test
    void openWorkByDaysLeft() {
        assertThat(rule.of(IN_PROGRESS, today.plusDays(4), false, null, today)).isEqualTo(Timeliness.ON_TIME);
        assertThat(rule.of(IN_PROGRESS, today.plusDays(3), false, null, today)).isEqualTo(Timeliness.DUE_SOON);
        assertThat(rule.of(ASSIGNED, today, false, null, today)).isEqualTo(Timeliness.DUE_SOON);
        assertThat(rule.of(AWAITING_CONFIRMATION, today.minusDays(1), false, null, today)).isEqualTo(Timeliness.OVERDUE);
        assertThat(new TimelinessRule(7).of(IN_PROGRESS, today.plusDays(7), false, null, today)).isEqualTo(Timeliness.DUE_SOON);
    }

    @Test
    void noDeadlineAndStanding() {
        assertThat(rule.of(IN_PROGRESS, null, false, null, today)).isEqualTo(Timeliness.NO_DEADLINE);
        assertThat(rule.of(IN_PROGRESS, null, true, null, today)).isEqualTo(Timeliness.STANDING);
    }

    @Test
    void doneOnOrBeforeTheDeadlineIsOnTime() {
        LocalDate deadline = LocalDate.of(2026, 3, 31);
        assertThat(rule.of(DONE, deadline, false, deadline, today)).isEqualTo(Timeliness.DONE_ON_TIME);
        assertThat(rule.of(DONE, deadline, false, deadline.plusDays(1), today)).isEqualTo(Timeliness.DONE_LATE);
        assertThat(rule.of(DONE, null, false, today, today)).isEqualTo(Timeliness.DONE_ON_TIME);
    }

    @Test
    void declinedSuspendedCancelledAreNotJudged() {
        for (AssignmentStatus s : new AssignmentStatus[] {DECLINED, SUSPENDED, CANCELLED}) {
            assertThat(rule.of(s, today.minusDays(40), false, null, today)).isEqualTo(Timeliness.NOT_APPLICABLE);
            assertThat(rule.longOverdue(s, today.minusDays(40), today)).isFalse();
        }
    }

    @Test
    void flags() {
        assertThat(rule.daysOverdue(IN_PROGRESS, today.minusDays(30), today)).isEqualTo(30);
        assertThat(rule.longOverdue(IN_PROGRESS, today.minusDays(30), today)).isFalse();
        assertThat(rule.longOverdue(IN_PROGRESS, today.minusDays(31), today)).isTrue();
        assertThat(rule.silent(IN_PROGRESS, null, today.minusMonths(3), today)).isTrue();
        assertThat(rule.silent(IN_PROGRESS, null, today.minusMonths(3).plusDays(1), today)).isFalse();
        assertThat(rule.silent(IN_PROGRESS, today.plusDays(5), today.minusMonths(6), today)).isFalse();
    }
}
