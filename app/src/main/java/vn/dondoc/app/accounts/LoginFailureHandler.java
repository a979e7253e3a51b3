package vn.dondoc.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Words a failed login for the login page: wrong password or unknown user (the same words), too many failures
 * (the same words for every username, with the time left), disabled (only after the right password).
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    public static final String SESSION_KEY = "dondoc.loginError";
    /** The argument of the message, "N giây" / "N phút" for a delay. */
    public static final String SESSION_ARG = "dondoc.loginErrorArg";

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String key;
        Duration wait = Duration.ZERO;
        if (exception instanceof LoginThrottledException t) {
            wait = t.retryAfter();
        } else if (!(exception instanceof DisabledException)) {
            // the failure just counted may start a delay: say so right away
            String username = request.getParameter("username");
            wait = throttle.waitFor(username == null ? "" : username, LoginThrottle.address(request));
        }
        if (!wait.isZero()) {
            key = "login.error.throttled";
            request.getSession().setAttribute(SESSION_ARG, LoginThrottledException.waitText(wait));
        } else if (exception instanceof DisabledException) {
            key = "login.error.disabled";
        } else {
            key = "login.error.bad";
        }
        request.getSession().setAttribute(SESSION_KEY, key);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
