package vn.dondoc.app.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Web sessions of demo accounts, signed in through the login form (cached per user for the test JVM). */
public final class Web {

    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    private Web() {
    }

    public static MockHttpSession session(MockMvcTester mvc, String username) {
        return SESSIONS.computeIfAbsent(username, u -> {
            var r = mvc.post().uri("/login").param("username", u).param("password", DemoUsers.PASSWORD).with(csrf())
                    .exchange();
            if (r.getResponse().getStatus() != 302 || String.valueOf(r.getResponse().getRedirectedUrl()).contains("error")) {
                throw new IllegalStateException("login of " + u + " failed: " + r.getResponse().getRedirectedUrl());
            }
            return (MockHttpSession) r.getRequest().getSession();
        });
    }
}
