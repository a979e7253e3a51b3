package vn.dondoc.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking the real user out. Failed logins (for known and unknown usernames
 * alike) are kept in {@code login_failure} for a sliding window, so all app nodes see them. Three counts, each
 * with a delay that starts at {@code first-delay-seconds} and doubles with every further failure up to
 * {@code max-delay-minutes}:
 * <ul>
 * <li>this username from this address: from {@code max-attempts} (3) failures;</li>
 * <li>this address, any username (spraying): from {@code address-max-attempts} (20) failures;</li>
 * <li>this username, any address (a guess from many addresses): from {@code username-max-attempts} (100), so
 * someone else's failures on a username hold back its owner on another address only at that much higher count.</li>
 * </ul>
 * While a delay runs, attempts are refused before the password is checked and are not counted. A successful login
 * clears the failures of that username from that address. The address is the request's remote address, which
 * honours {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says to trust it.
 */
@Component
class LoginThrottle {

    private static final int MAX_USERNAME = 200;
    private static final int MAX_ADDRESS = 100;

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;
    private final Duration window;
    private final LoginDelay pair;
    private final LoginDelay address;
    private final LoginDelay username;

    LoginThrottle(JdbcClient jdbc, UserRepository users, Clock clock,
                  @Value("${dondoc.login.max-attempts:3}") int maxAttempts,
                  @Value("${dondoc.login.address-max-attempts:20}") int addressMaxAttempts,
                  @Value("${dondoc.login.username-max-attempts:100}") int usernameMaxAttempts,
                  @Value("${dondoc.login.window-minutes:15}") int windowMinutes,
                  @Value("${dondoc.login.first-delay-seconds:1}") int firstDelaySeconds,
                  @Value("${dondoc.login.max-delay-minutes:5}") int maxDelayMinutes) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.window = Duration.ofMinutes(windowMinutes);
        Duration first = Duration.ofSeconds(firstDelaySeconds);
        Duration max = Duration.ofMinutes(maxDelayMinutes);
        this.pair = new LoginDelay(maxAttempts, first, max);
        this.address = new LoginDelay(addressMaxAttempts, first, max);
        this.username = new LoginDelay(usernameMaxAttempts, first, max);
    }

    /** How long a login for {@code name} from {@code addr} must still wait; zero when it may try now. */
    Duration waitFor(String name, String addr) {
        String u = key(name, MAX_USERNAME);
        String a = key(addr, MAX_ADDRESS);
        Instant now = clock.instant();
        Counts c = jdbc.sql("""
                select count(*) filter (where username = :u and address = :a) as pair_n,
                       max(failed_at) filter (where username = :u and address = :a) as pair_last,
                       count(*) filter (where address = :a) as addr_n,
                       max(failed_at) filter (where address = :a) as addr_last,
                       count(*) filter (where username = :u) as user_n,
                       max(failed_at) filter (where username = :u) as user_last
                  from login_failure
                 where (username = :u or address = :a) and failed_at > :since""")
                .param("u", u).param("a", a).param("since", Timestamp.from(now.minus(window)))
                .query((rs, row) -> new Counts(rs.getLong("pair_n"), instant(rs.getTimestamp("pair_last")),
                        rs.getLong("addr_n"), instant(rs.getTimestamp("addr_last")),
                        rs.getLong("user_n"), instant(rs.getTimestamp("user_last"))))
                .single();
        Duration wait = Duration.ZERO;
        wait = longer(wait, remaining(c.pairLast(), pair.after(c.pairN()), now));
        wait = longer(wait, remaining(c.addrLast(), address.after(c.addrN()), now));
        wait = longer(wait, remaining(c.userLast(), username.after(c.userN()), now));
        return wait;
    }

    private record Counts(long pairN, Instant pairLast, long addrN, Instant addrLast, long userN, Instant userLast) {
    }

    void recordFailure(String name, String addr) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at <= ?").param(Timestamp.from(now.minus(window))).update();
        jdbc.sql("insert into login_failure (username, address, failed_at) values (?, ?, ?)")
                .params(key(name, MAX_USERNAME), key(addr, MAX_ADDRESS), Timestamp.from(now)).update();
    }

    void clear(String name, String addr) {
        jdbc.sql("delete from login_failure where username = ? and address = ?")
                .params(key(name, MAX_USERNAME), key(addr, MAX_ADDRESS)).update();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Authentication a = event.getAuthentication();
        if (a.getPrincipal() instanceof String name) {
            recordFailure(name, address(a));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication a = event.getAuthentication();
        if (a.getPrincipal() instanceof DondocPrincipal p && !(a instanceof BearerTokenAuthentication)) {
            clear(p.user().username(), address(a));
            users.recordSuccess(p.user().id(), clock.instant());
        }
    }

    /** The client address of an authentication request (its {@link WebAuthenticationDetails}). */
    static String address(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }

    static String address(HttpServletRequest request) {
        return request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    private static String key(String s, int max) {
        String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return k.length() > max ? k.substring(0, max) : k;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Duration remaining(Instant last, Duration delay, Instant now) {
        if (last == null || delay.isZero()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
