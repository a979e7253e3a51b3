package vn.dondoc.app.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.accounts.UserAccount;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.reminders.ReminderHistory;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.AgencyFigures;
import vn.dondoc.app.tasks.AssignmentView;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.tasks.NoticeFigures;
import vn.dondoc.app.tasks.PeriodFigures;
import vn.dondoc.app.tasks.TaskFigures;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskQuery;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.app.tasks.TaskSort;
import vn.dondoc.app.tasks.Timeliness;

/**
 * The leadership view ("how are we doing, and what needs me now") for a scope and period. Province roles see the
 * province, one agency or one notice; agency roles only their own agency (403 otherwise). Counts come from the
 * task list's own counting, so each bucket's query lists exactly that many assignments.
 */
@Service
public class DashboardService {

    static final int TREND_PERIODS = 12;
    static final int OVERDUE_TOP = 10;
    static final int NOTICES = 15;
    static final int DUE_NEXT_DAYS = 14;
    private static final Set<Timeliness> NOT_OVERDUE_OPEN = EnumSet.of(Timeliness.ON_TIME, Timeliness.DUE_SOON,
            Timeliness.NO_DEADLINE, Timeliness.STANDING);

    private final TaskService tasks;
    private final TaskFigures figures;
    private final AgencyService agencies;
    private final AccountService accounts;
    private final ReminderHistory reminders;
    private final RagRule rag;
    private final MessageSource messages;
    private final Clock clock;

    DashboardService(TaskService tasks, TaskFigures figures, AgencyService agencies, AccountService accounts,
                     ReminderHistory reminders, RagRule rag, MessageSource messages, Clock clock) {
        this.tasks = tasks;
        this.figures = figures;
        this.agencies = agencies;
        this.accounts = accounts;
        this.reminders = reminders;
        this.rag = rag;
        this.messages = messages;
        this.clock = clock;
    }

    /** The scope the user asked for, or their default; an agency role may only have its own agency. */
    public DashboardScope scopeFor(DashboardScope requested) {
        CurrentUser me = CurrentUser.require();
        if (me.role().seesEverything()) {
            return requested == null ? DashboardScope.ALL : requested;
        }
        DashboardScope own = new DashboardScope(me.agencyId(), null);
        if (requested != null && !requested.equals(own)) {
            throw DomainException.forbidden(text("dashboard.error.scope"));
        }
        return own;
    }

    /**
     * The dashboard of a scope and period.
     *
     * @param kind agency type to keep in the agency table (null: all)
     * @param sort agency table order: {@code rag} (worst first, default), {@code rate}, {@code overdue}, {@code name}
     */
    public Dashboard dashboard(DashboardScope requested, DashboardPeriod period, String kind, String sort) {
        return dashboard(requested, period, kind, sort, 0);
    }

    /** The same, with page {@code noticePage} (from 0) of the notices' progress, {@value #NOTICES} a page. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(DashboardScope requested, DashboardPeriod period, String kind, String sort,
                               int noticePage) {
        DashboardScope scope = scopeFor(requested);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        Map<Long, Agency> byId = agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        String label = scopeLabel(scope, byId);
        TaskFilter base = TaskFilter.all().withAgency(scope.agencyId()).withNotice(scope.noticeId());
        return new Dashboard(scope.toString(), label, period.kind(), period.from(), period.to(), today,
                buckets(base, period, today), agencyRows(scope, period, byId, kind, sort), trend(scope, today),
                notices(scope, Math.max(0, noticePage)), overdueTop(base, today),
                new Dashboard.RagText(rag.redOverdueDays(), rag.redRatePercent(),
                        text("dashboard.rag.rule", rag.redOverdueDays(), rag.redRatePercent())));
    }

    private String scopeLabel(DashboardScope scope, Map<Long, Agency> byId) {
        if (scope.agencyId() != null) {
            Agency a = byId.get(scope.agencyId());
            if (a == null) {
                throw DomainException.notFound("agency_not_found", text("dashboard.error.agency"));
            }
            return a.name();
        }
        if (scope.noticeId() != null) {
            String number = tasks.noticeLabel(scope.noticeId())
                    .orElseThrow(() -> DomainException.notFound("notice_not_found", text("dashboard.error.notice")));
            return text("dashboard.scope.notice", number);
        }
        return text("dashboard.scope.all");
    }

    private List<Dashboard.Bucket> buckets(TaskFilter base, DashboardPeriod period, LocalDate today) {
        TaskFilter done = base.withCompleted(period.from(), period.to());
        List<Dashboard.Bucket> out = new ArrayList<>();
        out.add(bucket("done_on_time", done.withTimeliness(Set.of(Timeliness.DONE_ON_TIME))));
        out.add(bucket("done_late", done.withTimeliness(Set.of(Timeliness.DONE_LATE))));
        out.add(bucket("open_on_time", base.withTimeliness(EnumSet.of(Timeliness.ON_TIME, Timeliness.DUE_SOON,
                Timeliness.NO_DEADLINE))));
        out.add(bucket("open_overdue", base.withTimeliness(Set.of(Timeliness.OVERDUE))));
        out.add(bucket("standing", base.withTimeliness(Set.of(Timeliness.STANDING))));
        out.add(bucket("not_judged", base.withTimeliness(Set.of(Timeliness.NOT_APPLICABLE))));
        out.add(bucket("due_next", base.withStatuses(TaskFilter.openStatuses())
                .withDeadline(today, today.plusDays(DUE_NEXT_DAYS))));
        out.add(bucket("at_risk", atRisk(base)));
        return out;
    }

    static TaskFilter atRisk(TaskFilter base) {
        return base.withConfidence(EnumSet.of(Confidence.AMBER, Confidence.RED)).withTimeliness(NOT_OVERDUE_OPEN);
    }

    private Dashboard.Bucket bucket(String key, TaskFilter filter) {
        return new Dashboard.Bucket(key, text("dashboard.bucket." + key), tasks.count(filter),
                TaskQuery.of(filter).toQueryString());
    }

    private List<Dashboard.AgencyRow> agencyRows(DashboardScope scope, DashboardPeriod period, Map<Long, Agency> byId,
                                                 String kind, String sort) {
        List<Dashboard.AgencyRow> rows = new ArrayList<>();
        for (AgencyFigures f : figures.byAgency(scope.agencyId(), scope.noticeId(), period.from(), period.to(),
                rag.redOverdueDays())) {
            Agency a = byId.get(f.agencyId());
            if (a == null || (kind != null && !kind.isBlank() && !kind.equals(a.kind()))) {
                continue;
            }
            rows.add(new Dashboard.AgencyRow(a.id(), a.name(), a.kind(), kindLabel(a.kind()), rag.of(f), f.onTimeRate(),
                    f.overdue(), f.longOverdue(), f.atRisk(), f.total(), f.open(), f.doneOnTime(), f.doneLate(),
                    f.overdueAtEnd()));
        }
        Comparator<Dashboard.AgencyRow> byName = Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        Comparator<Dashboard.AgencyRow> order = switch (sort == null ? "rag" : sort) {
            case "name" -> byName;
            case "rate" -> Comparator.comparing((Dashboard.AgencyRow r) -> r.onTimeRate() == null ? 2 : r.onTimeRate())
                    .thenComparing(byName);
            case "overdue" -> Comparator.comparingLong(Dashboard.AgencyRow::overdue).reversed().thenComparing(byName);
            case "rag" -> Comparator.comparing(Dashboard.AgencyRow::rag)
                    .thenComparing(Comparator.comparingLong(Dashboard.AgencyRow::longOverdue).reversed())
                    .thenComparing(Comparator.comparingLong(Dashboard.AgencyRow::overdue).reversed())
                    .thenComparing(byName);
            default -> throw DomainException.invalid("sort_invalid", text("dashboard.error.sort"));
        };
        rows.sort(order);
        return rows;
    }

    /** The Vietnamese name of an agency type (SO_BAN_NGANH → "Sở, ban, ngành"). */
    public String kindLabel(String kind) {
        return kind == null ? "" : messages.getMessage("agency.kindName." + kind, null, kind, Locale.forLanguageTag("vi"));
    }

    private List<Dashboard.TrendPoint> trend(DashboardScope scope, LocalDate today) {
        List<PeriodFigures> periods = figures.trend(scope.agencyId(), scope.noticeId(),
                DashboardPeriod.lastTwoWeekPeriods(today, TREND_PERIODS));
        return periods.stream().map(p -> new Dashboard.TrendPoint(p.start(), p.end(), p.onTimeRate(), p.doneOnTime(),
                p.done(), p.overdueAtEnd())).toList();
    }

    private List<Dashboard.NoticeRow> notices(DashboardScope scope, int page) {
        if (scope.noticeId() != null) {
            return List.of();
        }
        return figures.byNotice(scope.agencyId(), NOTICES, page * NOTICES).stream().map(n -> new Dashboard.NoticeRow(n.noticeId(),
                n.number() == null ? text("dashboard.notice.unnumbered", n.noticeId()) : n.number(), n.total(), n.done(),
                n.overdue(), n.atRisk(), TaskQuery.of(TaskFilter.all().withAgency(scope.agencyId())
                        .withNotice(n.noticeId())).toQueryString())).toList();
    }

    private List<Dashboard.OverdueRow> overdueTop(TaskFilter base, LocalDate today) {
        List<AssignmentView> rows = tasks.find(base.withTimeliness(Set.of(Timeliness.OVERDUE)).withSort(TaskSort.DEADLINE)
                .withPage(0, OVERDUE_TOP)).items();
        Map<Long, LocalDate> reminded = reminders.lastSent(rows.stream().map(AssignmentView::id).toList());
        Map<Long, String> heads = heads();
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return rows.stream().map(a -> new Dashboard.OverdueRow(a.id(), a.taskId(), a.source(), a.ref(), a.content(),
                a.agencyId(), a.agencyName(), a.deadline(), a.daysOverdue(), a.progressPercent(),
                a.lastReportAt() == null ? null : a.lastReportAt().atZone(zone).toLocalDate(), reminded.get(a.id()),
                heads.get(a.agencyId()))).toList();
    }

    /** Names of each agency's heads (lãnh đạo đơn vị), the people to call about its overdue work. */
    private Map<Long, String> heads() {
        return accounts.list().stream()
                .filter(u -> u.enabled() && u.role() == Role.AGENCY_HEAD && u.agencyId() != null)
                .collect(Collectors.groupingBy(UserAccount::agencyId, Collectors.mapping(UserAccount::fullName,
                        Collectors.joining(", "))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("vi"));
    }
}
