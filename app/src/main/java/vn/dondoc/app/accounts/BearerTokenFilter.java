package vn.dondoc.app.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer ddk_…} on the API: a live token of an enabled user
 * authenticates the request (a login lock after wrong passwords does not block tokens). Anything else leaves the request anonymous (and so 401 where login is needed).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final DondocUserDetailsService users;

    BearerTokenFilter(ApiTokens tokens, DondocUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.authenticate(header.substring(7).trim()).ifPresent(userId -> {
                try {
                    DondocPrincipal p = users.loadById(userId);
                    if (p.isEnabled()) {
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(new BearerTokenAuthentication(p));
                        SecurityContextHolder.setContext(context);
                    }
                } catch (UsernameNotFoundException ignored) {
                    // token of a deleted user: stays anonymous
                }
            });
        }
        chain.doFilter(request, response);
    }
}
