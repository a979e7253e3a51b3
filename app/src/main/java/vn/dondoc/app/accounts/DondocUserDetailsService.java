package vn.dondoc.app.accounts;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for form login and API token authentication. */
@Component
class DondocUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DondocUserDetailsService(UserRepository users) {
        this.users = users;
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
        return new DondocPrincipal(new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), a.agencyId()),
                s.passwordHash(), a.enabled(), false);
    }
}
