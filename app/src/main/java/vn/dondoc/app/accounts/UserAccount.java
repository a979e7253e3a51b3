package vn.dondoc.app.accounts;

import java.time.Instant;

/** A user as other modules and the API see it; never carries the password hash. */
public record UserAccount(long id, String username, String fullName, String email, Role role, Long agencyId,
                          String agencyName, boolean enabled, boolean mailEnabled, Instant lastLoginAt,
                          int version) {
}
