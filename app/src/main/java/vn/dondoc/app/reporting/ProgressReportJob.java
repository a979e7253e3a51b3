package vn.dondoc.app.reporting;

import org.springframework.stereotype.Component;
import vn.dondoc.app.shared.RunnableJob;

/** "Run now" of the progress report ({@code POST /api/v1/admin/jobs/progress-report/run}): queues one at once. */
@Component
class ProgressReportJob implements RunnableJob {

    private final ReportService reports;

    ProgressReportJob(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "progress-report";
    }

    @Override
    public String runNow() {
        long id = reports.queueProgressNow();
        return "Đã đưa báo cáo tiến độ hai tuần qua vào hàng đợi (mã " + id + "); tải về tại /reports khi xong.";
    }
}
