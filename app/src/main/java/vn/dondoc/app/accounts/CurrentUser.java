package vn.dondoc.app.accounts;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the security context holds it, for every module's permission checks.
 *
 * @param agencyId the user's agency; agency roles see and change only this agency's work
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long agencyId) {

    /** The user of the current request, if signed in. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DondocPrincipal p) {
            return Optional.of(p.user());
        }
        return Optional.empty();
    }

    /** The user of the current request; refused (403) when nobody is signed in. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> vn.dondoc.app.shared.DomainException.forbidden("Bạn cần đăng nhập."));
    }

    public boolean has(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
