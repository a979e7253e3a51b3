package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The schedule of a recurrence and the judgement of an occurrence, without the database. */
class OccurrenceScheduleTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void twoWeeklyFromTheStartUpToThePeriodCoveringToday() {
        assertThat(OccurrenceService.schedule("P2W", d("2026-01-05"), null, d("2026-02-10"), 0))
                .extracting(OccurrenceService.Slot::dueOn)
                .containsExactly(d("2026-01-19"), d("2026-02-02"), d("2026-02-16"));
        assertThat(OccurrenceService.schedule("P2W", d("2026-01-05"), null, d("2026-02-10"), 0).get(2).periodStart())
                .isEqualTo(d("2026-02-02"));
    }

    @Test
    void monthEndsAreCountedFromTheStartAndDoNotDrift() {
        assertThat(OccurrenceService.schedule("P1M", d("2026-01-31"), null, d("2026-04-15"), 0))
                .extracting(OccurrenceService.Slot::dueOn)
                .containsExactly(d("2026-02-28"), d("2026-03-31"), d("2026-04-30"));
        assertThat(OccurrenceService.schedule("P1M", d("2028-01-31"), null, d("2028-02-01"), 0))
                .extracting(OccurrenceService.Slot::dueOn).containsExactly(d("2028-02-29"));
        assertThat(OccurrenceService.schedule("P3M", d("2026-01-01"), null, d("2026-05-01"), 0))
                .extracting(OccurrenceService.Slot::dueOn).containsExactly(d("2026-04-01"), d("2026-07-01"));
        assertThat(OccurrenceService.schedule("P1Y", d("2026-03-01"), null, d("2027-03-01"), 0))
                .extracting(OccurrenceService.Slot::dueOn).containsExactly(d("2027-03-01"), d("2028-03-01"));
    }

    @Test
    void stopsAtTheDeadlineAndSkipsWhatIsDone() {
        assertThat(OccurrenceService.schedule("P2W", d("2026-01-01"), d("2026-02-05"), d("2026-12-31"), 0))
                .extracting(OccurrenceService.Slot::dueOn)
                .containsExactly(d("2026-01-15"), d("2026-01-29"), d("2026-02-05"));
        assertThat(OccurrenceService.schedule("P2W", d("2026-01-01"), d("2026-02-05"), d("2026-12-31"), 2))
                .extracting(OccurrenceService.Slot::seq).containsExactly(3);
        assertThat(OccurrenceService.schedule(null, d("2026-01-01"), null, d("2026-12-31"), 0)).isEmpty();
    }

    @Test
    void judgement() {
        Instant onDueDayEvening = Instant.parse("2026-01-15T16:59:00Z"); // 23:59 in Vietnam
        Instant nextDayVietnam = Instant.parse("2026-01-15T17:01:00Z");
        assertThat(Occurrence.Judgement.of(d("2026-01-15"), onDueDayEvening, d("2026-03-01"))).isEqualTo(Occurrence.Judgement.ON_TIME);
        assertThat(Occurrence.Judgement.of(d("2026-01-15"), nextDayVietnam, d("2026-03-01"))).isEqualTo(Occurrence.Judgement.LATE);
        assertThat(Occurrence.Judgement.of(d("2026-01-15"), null, d("2026-01-16"))).isEqualTo(Occurrence.Judgement.OVERDUE);
        assertThat(Occurrence.Judgement.of(d("2026-01-15"), null, d("2026-01-15"))).isEqualTo(Occurrence.Judgement.UPCOMING);
    }
}
