package vn.dondoc.app.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.app.shared.VnDates;

/**
 * The two recurring db-scheduler jobs: {@code reminders} daily (default 06:00 Vietnam time) and {@code mail-outbox}
 * every 30 s. db-scheduler keeps their next run in {@code scheduled_tasks}, runs each on one node only and, after
 * downtime, runs a missed execution as soon as a node starts; the reminder rules are windows, so a missed day is
 * caught up, and {@code reminder_sent} keeps anything from being sent twice.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

    private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

    @Bean
    RecurringTask<Void> remindersTask(ReminderService reminders, Clock clock,
                                      @Value("${dondoc.reminders.daily-at:06:00}") LocalTime at) {
        return Tasks.recurring(ReminderService.JOB, Schedules.daily(VnDates.ZONE, at))
                .execute((instance, ctx) -> log.info(reminders.run(LocalDate.now(clock)).summary()));
    }

    @Bean
    RecurringTask<Void> mailOutboxTask(OutboxSender sender) {
        return Tasks.recurring("mail-outbox", Schedules.fixedDelay(Duration.ofSeconds(30)))
                .execute((instance, ctx) -> sender.sendDue());
    }
}
