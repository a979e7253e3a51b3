package vn.dondoc.app.reminders;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.app.shared.DomainException;

/**
 * The reminder policy an admin edits (DOMAIN.md, issue 5).
 *
 * @param daysBefore               days before the deadline that trigger a reminder, e.g. [7, 3]
 * @param onTheDay                 a reminder on the day of the deadline
 * @param overdueDigest            how often the agency gets its overdue digest
 * @param escalateSecretariatDays  days overdue after which the secretariat is told
 * @param escalateLeaderDays       days overdue after which the leaders are told
 * @param silentMonths             months without a report after which no-deadline work is flagged
 * @param awaitingConfirmationDays days awaiting confirmation after which the secretariat is reminded
 * @param version                  optimistic lock: the version the admin edited
 */
public record ReminderPolicy(List<Integer> daysBefore, boolean onTheDay, DigestFrequency overdueDigest,
                             int escalateSecretariatDays, int escalateLeaderDays, int silentMonths,
                             int awaitingConfirmationDays, int version) {

    /** Frequency of the overdue digest. */
    public enum DigestFrequency { DAILY, WEEKLY, OFF }

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(7, 3), true, DigestFrequency.DAILY, 7, 30, 3, 5, 0);

    public ReminderPolicy {
        List<Integer> days = new ArrayList<>(daysBefore == null ? List.of() : daysBefore);
        if (days.size() > 5 || days.stream().anyMatch(d -> d == null || d < 1 || d > 90)
                || days.stream().distinct().count() != days.size()) {
            throw DomainException.invalid("invalid_days_before",
                    "Số ngày nhắc trước hạn phải là tối đa 5 số khác nhau, mỗi số từ 1 đến 90.");
        }
        days.sort(java.util.Comparator.reverseOrder());
        daysBefore = List.copyOf(days);
        if (overdueDigest == null) {
            overdueDigest = DigestFrequency.DAILY;
        }
        check(escalateSecretariatDays, 1, 365, "Số ngày quá hạn để báo Thường trực");
        check(escalateLeaderDays, 1, 365, "Số ngày quá hạn để báo Lãnh đạo");
        check(silentMonths, 1, 24, "Số tháng không báo cáo");
        check(awaitingConfirmationDays, 1, 90, "Số ngày chờ xác nhận");
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw DomainException.invalid("invalid_policy", what + " phải từ " + min + " đến " + max + ".");
        }
    }

    /** Days before as stored ("7,3"). */
    public String daysBeforeText() {
        return String.join(",", daysBefore.stream().map(String::valueOf).toList());
    }

    /** Parses "7, 3" (commas, semicolons or spaces). */
    public static List<Integer> parseDays(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String s : text.split("[,;\\s]+")) {
            if (!s.isBlank()) {
                try {
                    out.add(Integer.parseInt(s.trim()));
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("invalid_days_before", "Số ngày nhắc trước hạn không hợp lệ: " + s);
                }
            }
        }
        return out;
    }
}
