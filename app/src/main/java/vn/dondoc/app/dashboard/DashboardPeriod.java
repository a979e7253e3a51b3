package vn.dondoc.app.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dondoc.app.shared.DomainException;

/**
 * The period a dashboard is read for: this two-week reporting period, this month, quarter or year, or custom
 * dates. Two-week periods start on Mondays, every 14 days from Monday 1 January 2024, so every page and report
 * cuts them the same way.
 *
 * @param kind {@code two_weeks}, {@code month}, {@code quarter}, {@code year} or {@code custom}
 */
public record DashboardPeriod(String kind, LocalDate from, LocalDate to) {

    static final LocalDate TWO_WEEK_ANCHOR = LocalDate.of(2024, 1, 1);
    /** The period kinds, in the order the page offers them. */
    public static final List<String> KINDS = List.of("two_weeks", "month", "quarter", "year", "custom");
    /** Default period of the dashboard. */
    static final String DEFAULT = "year";

    /** The period a URL asks for; {@code from}/{@code to} only for {@code custom}. Bad values: 400. */
    public static DashboardPeriod resolve(String kind, LocalDate from, LocalDate to, LocalDate today) {
        String k = kind == null || kind.isBlank() ? (from != null || to != null ? "custom" : DEFAULT)
                : kind.trim().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "two_weeks" -> {
                LocalDate start = twoWeekStart(today);
                yield new DashboardPeriod(k, start, start.plusDays(13));
            }
            case "month" -> new DashboardPeriod(k, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
            case "quarter" -> {
                LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new DashboardPeriod(k, start, start.plusMonths(3).minusDays(1));
            }
            case "year" -> new DashboardPeriod(k, today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
            case "custom" -> {
                if (from == null || to == null) {
                    throw DomainException.invalid("period_dates", "Kỳ tùy chọn cần cả ngày bắt đầu và ngày kết thúc.");
                }
                if (to.isBefore(from)) {
                    throw DomainException.invalid("period_order", "Ngày kết thúc phải sau ngày bắt đầu.");
                }
                if (ChronoUnit.YEARS.between(from, to) >= 10) {
                    throw DomainException.invalid("period_length", "Kỳ xem tối đa 10 năm.");
                }
                yield new DashboardPeriod(k, from, to);
            }
            default -> throw DomainException.invalid("period_kind", "Kỳ \"" + kind
                    + "\" không hợp lệ (two_weeks, month, quarter, year, custom).");
        };
    }

    /** First day of the two-week period that holds {@code day}. */
    static LocalDate twoWeekStart(LocalDate day) {
        long days = ChronoUnit.DAYS.between(TWO_WEEK_ANCHOR, day);
        return TWO_WEEK_ANCHOR.plusDays(Math.floorDiv(days, 14) * 14);
    }

    /** The last {@code n} two-week periods up to the one that holds {@code day}, oldest first, as [start, end]. */
    static List<LocalDate[]> lastTwoWeekPeriods(LocalDate day, int n) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate start = twoWeekStart(day).minusDays(14L * (n - 1));
        for (int i = 0; i < n; i++) {
            out.add(new LocalDate[] {start, start.plusDays(13)});
            start = start.plusDays(14);
        }
        return out;
    }
}
