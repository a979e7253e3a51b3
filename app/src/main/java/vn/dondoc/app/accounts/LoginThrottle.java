package vn.dondoc.app.accounts;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * After {@code maxAttempts} wrong passwords in a row an account is locked for {@code lockMinutes}; a
 * successful login resets the count. Kept in the database so it holds across app nodes and restarts.
 */
@Component
class LoginThrottle {

    private final UserRepository users;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lock;

    LoginThrottle(UserRepository users, Clock clock,
                  @Value("${dondoc.login.max-attempts:3}") int maxAttempts,
                  @Value("${dondoc.login.lock-minutes:5}") int lockMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    long lockMinutes() {
        return lock.toMinutes();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username) {
            users.findByUsername(username).ifPresent(u ->
                    users.recordFailure(u.account().id(), maxAttempts, clock.instant().plus(lock)));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof DondocPrincipal p
                && !(event.getAuthentication() instanceof BearerTokenAuthentication)) {
            users.recordSuccess(p.user().id(), clock.instant());
        }
    }

    /** Whether the account is locked now (used to word the message right after the last failed try). */
    boolean lockedNow(String username) {
        return users.findByUsername(username)
                .map(u -> u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant()))
                .orElse(false);
    }
}
