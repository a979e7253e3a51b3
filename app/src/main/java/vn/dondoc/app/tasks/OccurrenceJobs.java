package vn.dondoc.app.tasks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.app.shared.RunnableJob;
import vn.dondoc.app.shared.VnDates;

/**
 * The daily db-scheduler job {@code occurrences} (default 00:30 Vietnam time, before the reminders) that generates
 * the occurrences of recurring assignments up to today; idempotent, so a missed day is caught up by the next run.
 * Admins may also run it at once.
 */
@Configuration(proxyBeanMethods = false)
class OccurrenceJobs {

    static final String JOB = "occurrences";
    private static final Logger log = LoggerFactory.getLogger(OccurrenceJobs.class);

    @Bean
    RecurringTask<Void> occurrencesTask(OccurrenceService occurrences, Clock clock,
                                        @Value("${dondoc.occurrences.daily-at:00:30}") LocalTime at) {
        return Tasks.recurring(JOB, Schedules.daily(VnDates.ZONE, at))
                .execute((instance, ctx) -> log.info("occurrences: {} added", occurrences.generate(LocalDate.now(clock))));
    }

    @Bean
    RunnableJob occurrencesJob(OccurrenceService occurrences, Clock clock) {
        return new RunnableJob() {
            @Override
            public String name() {
                return JOB;
            }

            @Override
            public String runNow() {
                return "Đã tạo " + occurrences.generate(LocalDate.now(clock)) + " kỳ báo cáo định kỳ.";
            }
        };
    }
}
