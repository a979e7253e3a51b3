package vn.dondoc.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Words a failed login for the login page: wrong password, locked after repeated failures, disabled. */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    public static final String SESSION_KEY = "dondoc.loginError";

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String key;
        if (exception instanceof LockedException || (username != null && throttle.lockedNow(username))) {
            key = "login.error.locked";
        } else if (exception instanceof DisabledException) {
            key = "login.error.disabled";
        } else {
            key = "login.error.bad";
        }
        request.getSession().setAttribute(SESSION_KEY, key);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
