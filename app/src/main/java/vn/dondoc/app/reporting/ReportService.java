package vn.dondoc.app.reporting;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.Transactions;

/**
 * Reports: asking for one (checked against the user's scope, then generated in the background), following its
 * progress, downloading it, and the agency scorecard. Agency heads see and ask only for their own agency;
 * other users' reports about another agency do not exist for them (404).
 */
@Service
public class ReportService {

    /** Longest period a report may cover. */
    static final long MAX_DAYS = 3660;

    private final ReportRepository repository;
    private final ReportGeneration generation;
    private final ScorecardQueries scorecards;
    private final ProgressQueries progress;
    private final AgencyService agencies;
    private final SchedulerClient scheduler;
    private final ReportSettings settings;
    private final Clock clock;

    ReportService(ReportRepository repository, ReportGeneration generation, ScorecardQueries scorecards,
                  ProgressQueries progress, AgencyService agencies, SchedulerClient scheduler, ReportSettings settings,
                  Clock clock) {
        this.repository = repository;
        this.generation = generation;
        this.scorecards = scorecards;
        this.progress = progress;
        this.agencies = agencies;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    /** Roles that may use reports (the menu's). */
    static boolean allowed(CurrentUser me) {
        return me.has(Role.ADMIN, Role.SECRETARIAT, Role.LEADER, Role.INSPECTOR, Role.AGENCY_HEAD);
    }

    private static CurrentUser requireAllowed() {
        CurrentUser me = CurrentUser.require();
        if (!allowed(me)) {
            throw DomainException.forbidden("Bạn không có quyền lập hoặc xem báo cáo.");
        }
        return me;
    }

    /**
     * Queues a report and returns its id; the file is made by a background job. Refused: a bad period (400), an
     * unknown scope (400), a scorecard as anything but XLSX (400), an agency head asking about anything but
     * their own agency (403).
     */
    @Transactional
    public long request(ReportRequest request) {
        CurrentUser me = requireAllowed();
        if (request.kind() == null) {
            throw DomainException.invalid("kind_required", "Hãy chọn loại báo cáo (progress hoặc scorecard).");
        }
        ReportFormat format = request.format() == null ? ReportFormat.DOCX : request.format();
        if (request.kind() == ReportKind.SCORECARD && request.format() == null) {
            format = ReportFormat.XLSX;
        }
        if (request.kind() == ReportKind.SCORECARD && format != ReportFormat.XLSX) {
            throw DomainException.invalid("format_unsupported", "Bảng đánh giá cơ quan chỉ xuất được dạng Excel (xlsx).");
        }
        checkPeriod(request.from(), request.to());
        ReportScope scope = ReportScope.parse(request.scope());
        if (!me.role().seesEverything() && !scope.equals(ReportScope.agency(me.agencyId()))) {
            throw DomainException.forbidden(request.kind() == ReportKind.SCORECARD
                    ? "Bạn chỉ xem được kết quả đánh giá của cơ quan, đơn vị mình."
                    : "Bạn chỉ lập được báo cáo về cơ quan, đơn vị mình.");
        }
        if (request.kind() == ReportKind.SCORECARD && scope.type() == ReportScope.Type.NOTICE) {
            throw DomainException.invalid("scope_unknown", "Bảng đánh giá cơ quan chỉ lập cho tất cả hoặc một cơ quan.");
        }
        return queue(request.kind(), format, request.from(), request.to(), scope, false, me.id());
    }

    private long queue(ReportKind kind, ReportFormat format, LocalDate from, LocalDate to, ReportScope scope,
                       boolean scheduled, Long by) {
        long id = repository.insert(kind, format, from, to, scope, label(scope), scheduled, by, clock.instant());
        Transactions.afterCommit(() -> scheduler.scheduleIfNotExists(generation.task().instance(String.valueOf(id), id),
                clock.instant()));
        return id;
    }

    /** Refuses (400) a missing or reversed period or one longer than ten years. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw DomainException.invalid("period_required", "Hãy chọn kỳ báo cáo: từ ngày và đến ngày.");
        }
        if (from.isAfter(to)) {
            throw DomainException.invalid("period_invalid", "Kỳ báo cáo không hợp lệ: \"từ ngày\" sau \"đến ngày\".");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw DomainException.invalid("period_invalid", "Kỳ báo cáo dài quá 10 năm.");
        }
    }

    private String label(ReportScope scope) {
        return switch (scope.type()) {
            case ALL -> "Toàn tỉnh";
            case AGENCY -> agencies.find(scope.id()).map(Agency::name).orElseThrow(() ->
                    DomainException.invalid("scope_unknown", "Không có cơ quan, đơn vị mã " + scope.id() + "."));
            case NOTICE -> "Thông báo " + progress.noticeLabel(scope.id()).orElseThrow(() ->
                    DomainException.invalid("scope_unknown", "Không có thông báo mã " + scope.id() + "."));
        };
    }

    /** A report the user may see; others' reports about another agency are "not found". */
    @Transactional(readOnly = true)
    public ReportInfo get(long id) {
        CurrentUser me = requireAllowed();
        return repository.find(id).filter(r -> visible(r, me))
                .orElseThrow(() -> DomainException.notFound("report_not_found", "Không tìm thấy báo cáo."));
    }

    private static boolean visible(ReportInfo r, CurrentUser me) {
        return me.role().seesEverything() || me.agencyId() != null && r.scope().equals("agency:" + me.agencyId())
                || r.requestedBy() != null && r.requestedBy() == me.id();
    }

    /** The finished file of a report the user may see (404 while it is not ready). */
    @Transactional(readOnly = true)
    public Download file(long id) {
        ReportInfo r = get(id);
        if (r.status() != ReportStatus.DONE) {
            throw DomainException.notFound("report_not_ready", "Báo cáo chưa lập xong.");
        }
        byte[] content = repository.content(id)
                .orElseThrow(() -> DomainException.notFound("report_not_found", "Không tìm thấy báo cáo."));
        return new Download(r.fileName(), r.format().mediaType(), content);
    }

    /** A report file. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    /** The reports the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<ReportInfo> recent(int limit) {
        CurrentUser me = requireAllowed();
        return repository.list(me.role().seesEverything() ? null : me.agencyId(), me.id(), limit);
    }

    /**
     * The scorecard of a period: every agency for province roles (or one, {@code agencyId}), the own agency only
     * for an agency head (asking for another → 403).
     */
    @Transactional(readOnly = true)
    public Scorecard scorecard(LocalDate from, LocalDate to, Long agencyId) {
        CurrentUser me = requireAllowed();
        checkPeriod(from, to);
        Long agency = agencyId;
        if (!me.role().seesEverything()) {
            if (agencyId != null && !agencyId.equals(me.agencyId())) {
                throw DomainException.forbidden("Bạn chỉ xem được kết quả đánh giá của cơ quan, đơn vị mình.");
            }
            agency = me.agencyId();
        }
        return scorecards.scorecard(from, to, LocalDate.now(clock), agency);
    }

    /** The scorecard as an XLSX file, same scope rules as {@link #scorecard}. */
    public byte[] scorecardXlsx(Scorecard card) {
        return ScorecardXlsx.write(card);
    }

    /**
     * A progress report for the whole province over the last two weeks, queued now whatever the schedule says
     * (the admin's "run now"). Returns the new id.
     */
    @Transactional
    public long queueProgressNow() {
        LocalDate[] period = lastTwoWeeks();
        return queue(ReportKind.PROGRESS, settings.scheduleFormat(), period[0], period[1], ReportScope.ALL, true, null);
    }

    /** The default period: the two weeks ending today. */
    public LocalDate[] lastTwoWeeks() {
        LocalDate today = LocalDate.now(clock);
        return new LocalDate[] {today.minusDays(13), today};
    }

    /**
     * The periodic progress report for the whole province, when the last one is at least {@code everyDays} old
     * (so a missed run catches up once and a second node or a re-run adds nothing). Returns the new id.
     */
    @Transactional
    public Optional<Long> schedulePeriodic() {
        int every = settings.everyDays();
        if (every <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Instant> last = repository.lastScheduled(ReportKind.PROGRESS);
        if (last.isPresent() && last.get().isAfter(now.minus(Duration.ofDays(every)).plus(Duration.ofHours(1)))) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.of(queue(ReportKind.PROGRESS, settings.scheduleFormat(), today.minusDays(every - 1L), today,
                ReportScope.ALL, true, null));
    }
}
