package vn.dondoc.app.accounts;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password, because of recent failures; {@code retryAfter} > 0. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed logins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, rounded up, at least 1 (for {@code Retry-After}). */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    static long retryAfterSeconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /** "Bạn đã nhập sai nhiều lần. Vui lòng thử lại sau N giây/phút." – the same for every username. */
    public static String message(Duration wait) {
        return "Bạn đã nhập sai nhiều lần. Vui lòng thử lại sau " + waitText(wait) + ".";
    }

    /** "N giây" below a minute, else "N phút" (rounded up). */
    public static String waitText(Duration wait) {
        long s = retryAfterSeconds(wait);
        return s < 60 ? s + " giây" : ((s + 59) / 60) + " phút";
    }
}
