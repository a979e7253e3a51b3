package vn.dondoc.app.accounts;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs background work (demo data, scheduled jobs) as a given user, so that the same services, permission checks
 * and audit apply as for a request. Never call it with identities taken from request input.
 */
public final class RunAs {

    private RunAs() {
    }

    public static CurrentUser of(UserAccount a) {
        return new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), a.agencyId());
    }

    public static <T> T user(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        DondocPrincipal principal = new DondocPrincipal(user, "", true, false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
