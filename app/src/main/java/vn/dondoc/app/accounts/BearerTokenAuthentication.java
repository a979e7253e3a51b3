package vn.dondoc.app.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private final DondocPrincipal principal;

    BearerTokenAuthentication(DondocPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public DondocPrincipal getPrincipal() {
        return principal;
    }
}
