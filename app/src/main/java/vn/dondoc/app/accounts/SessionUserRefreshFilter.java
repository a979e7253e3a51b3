package vn.dondoc.app.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a web session in step with the user's account: a disabled or deleted user, or one whose password
 * was reset, is signed out at the next request; a changed role or agency takes effect at once.
 */
final class SessionUserRefreshFilter extends OncePerRequestFilter {

    private final DondocUserDetailsService users;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionUserRefreshFilter(DondocUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.getPrincipal() instanceof DondocPrincipal p) {
            DondocPrincipal fresh = load(p.user().id());
            if (fresh == null || !fresh.isEnabled() || !Objects.equals(fresh.passwordHash(), p.passwordHash())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            if (!fresh.user().equals(p.user())) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                        fresh.getAuthorities()));
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private DondocPrincipal load(long id) {
        try {
            return users.loadById(id);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }
}
