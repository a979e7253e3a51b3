package vn.dondoc.app.accounts;

import java.time.Duration;

/**
 * The progressive delay after repeated failed logins: none below {@code threshold} failures, then {@code first},
 * doubling with each further failure, never more than {@code max}.
 */
record LoginDelay(int threshold, Duration first, Duration max) {

    LoginDelay {
        if (threshold < 1 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("login delay: threshold >= 1, 0 <= first <= max");
        }
    }

    /** The delay after {@code failures} failures in the window. */
    Duration after(long failures) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        long doublings = failures - threshold;
        if (doublings >= 62 || first.isZero()) {
            return first.isZero() ? Duration.ZERO : max;
        }
        long millis = first.toMillis();
        long factor = 1L << doublings;
        if (millis > Long.MAX_VALUE / factor) {
            return max;
        }
        Duration d = Duration.ofMillis(millis * factor);
        return d.compareTo(max) > 0 ? max : d;
    }
}
