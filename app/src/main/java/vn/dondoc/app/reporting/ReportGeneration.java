package vn.dondoc.app.reporting;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.accounts.RunAs;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.app.tasks.Timeliness;

/**
 * The background job that makes a report file (db-scheduler one-time task "report-generation": persistent, run
 * by one node, re-run if a node dies); progress is written to the report row as it goes. The requester's scope
 * was checked when the report was asked for; the job reads as the system.
 */
@Component
class ReportGeneration {

    private static final Logger log = LoggerFactory.getLogger(ReportGeneration.class);
    static final CurrentUser SYSTEM = new CurrentUser(0, "system", "Hệ thống", Role.ADMIN, null);

    private final ReportRepository reports;
    private final ProgressQueries progress;
    private final ScorecardQueries scorecards;
    private final TaskService tasks;
    private final ReportSettings settings;
    private final Clock clock;
    private volatile OneTimeTask<Long> task;

    ReportGeneration(ReportRepository reports, ProgressQueries progress, ScorecardQueries scorecards, TaskService tasks,
                     ReportSettings settings, Clock clock) {
        this.reports = reports;
        this.progress = progress;
        this.scorecards = scorecards;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    OneTimeTask<Long> task() {
        OneTimeTask<Long> t = task;
        if (t == null) {
            t = Tasks.oneTime("report-generation", Long.class).execute((instance, ctx) -> run(instance.getData()));
            task = t;
        }
        return t;
    }

    void run(long id) {
        ReportInfo r = reports.find(id).orElse(null);
        if (r == null || !r.status().pending() || !reports.start(id, clock.instant())) {
            return;
        }
        long started = System.nanoTime();
        try {
            int[] rows = {0};
            byte[] file = r.kind() == ReportKind.SCORECARD ? scorecard(r, rows) : progressReport(r, rows);
            long ms = (System.nanoTime() - started) / 1_000_000;
            reports.done(id, fileName(r), r.format().mediaType(), file, rows[0], ms, clock.instant());
            log.info("Đã lập báo cáo {} ({} {}, {} dòng) trong {} ms", id, r.kind(), r.format(), rows[0], ms);
        } catch (RuntimeException e) {
            log.error("Lập báo cáo {} thất bại", id, e);
            reports.failed(id, "Không lập được báo cáo do lỗi hệ thống.", clock.instant());
        }
    }

    private byte[] scorecard(ReportInfo r, int[] rows) {
        ReportScope scope = ReportScope.parse(r.scope());
        Scorecard card = scorecards.scorecard(r.from(), r.to(), LocalDate.now(clock), scope.agencyId());
        rows[0] = card.rows().size();
        return ScorecardXlsx.write(card);
    }

    private byte[] progressReport(ReportInfo r, int[] rows) {
        ReportScope scope = ReportScope.parse(r.scope());
        ProgressData data = data(r.from(), r.to(), scope, r.scopeLabel());
        reports.progress(r.id(), 30);
        switch (r.format()) {
            case DOCX:
                rows[0] = (int) ProgressData.total(data.all());
                return DocxWriter.write(ProgressDocument.build(data, settings));
            case PDF:
                rows[0] = (int) ProgressData.total(data.all());
                return PdfWriter.write(ProgressDocument.build(data, settings), "Báo cáo " + ProgressDocument.TITLE);
            default:
                long total = Math.max(1, ProgressData.total(data.all()));
                return ProgressXlsx.write(data, sink -> progress.tracking(scope, data.today(), sink),
                        n -> reports.progress(r.id(), 30 + (int) (65L * n / total)), rows);
        }
    }

    /** The report's figures: totals from the task list itself, details from {@link ProgressQueries}. */
    ProgressData data(LocalDate from, LocalDate to, ReportScope scope, String label) {
        LocalDate today = LocalDate.now(clock);
        TaskFilter inScope = TaskFilter.all().withAgency(scope.agencyId()).withNotice(scope.noticeId());
        Map<Timeliness, Long> all = counts(inScope);
        Map<Timeliness, Long> inPeriod = counts(inScope.withDeadline(from, to));
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate nextFrom = (to.isBefore(today) ? today : to).plusDays(1);
        LocalDate nextTo = nextFrom.plusDays(days - 1);
        long[] atRisk = progress.atRiskCounts(scope, today);
        return new ProgressData(from, to, today, label, all, inPeriod, progress.agencies(scope, today),
                progress.overdue(scope, today, ProgressData.LIST_LIMIT), progress.overdueCount(scope, today),
                progress.due(scope, today, nextFrom, nextTo, ProgressData.LIST_LIMIT),
                progress.dueCount(scope, today, nextFrom, nextTo), nextFrom, nextTo, followUps(scope, today),
                progress.atRisk(scope, today, ProgressData.LIST_LIMIT), atRisk[0], atRisk[1]);
    }

    private Map<Timeliness, Long> counts(TaskFilter filter) {
        return RunAs.user(SYSTEM, () -> tasks.counts(filter));
    }

    private List<ProgressData.FollowUp> followUps(ReportScope scope, LocalDate today) {
        List<ProgressData.FollowUp> list = new ArrayList<>();
        for (Map<String, Object> f : progress.followUpFigures(scope, today)) {
            String agency = (String) f.get("agency");
            long longOverdue = ((Number) f.get("long_overdue")).longValue();
            long awaiting = ((Number) f.get("awaiting")).longValue();
            long pending = ((Number) f.get("pending_ext")).longValue();
            long redRisk = ((Number) f.get("red_risk")).longValue();
            Number maxDays = (Number) f.get("max_days");
            if (longOverdue > 0) {
                list.add(new ProgressData.FollowUp(agency, "Báo cáo, giải trình " + longOverdue
                        + " nhiệm vụ quá hạn trên 30 ngày (lâu nhất " + maxDays + " ngày) và cam kết thời gian hoàn thành."));
            }
            if (redRisk > 0) {
                list.add(new ProgressData.FollowUp(agency, "Báo cáo giải pháp bảo đảm tiến độ " + redRisk
                        + " nhiệm vụ đơn vị tự đánh giá không kịp hạn (mức đỏ) khi chưa quá hạn."));
            }
            if (pending > 0) {
                list.add(new ProgressData.FollowUp(agency, "Xem xét, quyết định " + pending
                        + " đề nghị gia hạn đang chờ (Thường trực trình lãnh đạo UBND tỉnh)."));
            }
            if (awaiting > 0) {
                list.add(new ProgressData.FollowUp(agency, "Thường trực xác nhận " + awaiting
                        + " nhiệm vụ đơn vị đã báo cáo hoàn thành."));
            }
        }
        return list;
    }

    static String fileName(ReportInfo r) {
        String base = r.kind() == ReportKind.SCORECARD ? "danh-gia-co-quan" : "bao-cao-tien-do";
        return base + "-" + r.from().toString().replace("-", "") + "-" + r.to().toString().replace("-", "") + "-"
                + r.id() + "." + r.format().extension();
    }
}
