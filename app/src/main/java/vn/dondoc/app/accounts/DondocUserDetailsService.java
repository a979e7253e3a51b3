package vn.dondoc.app.accounts;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for form login and API token authentication. */
@Component
class DondocUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    DondocUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public DondocPrincipal loadUserByUsername(String username) {
        return users.findByUsername(username).map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    DondocPrincipal loadById(long id) {
        return users.findById(id).map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    private DondocPrincipal principal(UserRepository.StoredUser s) {
        UserAccount a = s.account();
        boolean locked = s.lockedUntil() != null && s.lockedUntil().isAfter(clock.instant());
        return new DondocPrincipal(new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), a.agencyId()),
                s.passwordHash(), a.enabled(), locked);
    }
}
