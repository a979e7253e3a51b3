package vn.dondoc.app.reporting;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of reporting: report generation (one-time) and the periodic progress report (a
 * recurring check, by default daily at 07:00, that queues a province-wide report when the last one is two
 * weeks old).
 */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    @Bean
    OneTimeTask<Long> reportGenerationTask(ReportGeneration generation) {
        return generation.task();
    }

    @Bean
    RecurringTask<Void> periodicProgressReportTask(ReportSettings settings, ObjectProvider<ReportService> service) {
        return Tasks.recurring("periodic-progress-report", Schedules.cron(settings.scheduleCron(), vn.dondoc.app.shared.VnDates.ZONE))
                .execute((instance, ctx) -> service.getObject().schedulePeriodic());
    }
}
