package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dondoc.app.support.DondocTest;

/**
 * Login throttling: per username + address and per address, a growing delay instead of a lock, the same answers
 * for unknown and existing usernames. Each test uses its own client addresses and usernames.
 */
@DondocTest
class LoginThrottleTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserRepository users;

    static String unique(String base) {
        return base + "." + Long.toString(System.nanoTime(), 36);
    }

    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    static RequestPostProcessor from(String address) {
        return req -> {
            req.setRemoteAddr(address);
            return req;
        };
    }

    String newUser(String password) {
        String name = unique("ht");
        accounts.create(new NewUser(name, "Người thử hạn chế", null, Role.INSPECTOR, null, password));
        return name;
    }

    MvcTestResult token(String username, String password, String address) {
        return mvc.post().uri("/api/v1/auth/tokens").with(from(address)).contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").exchange();
    }

    /** Status, Retry-After and body, digits of the wait left out (the two answers may straddle a second). */
    static String answer(MvcTestResult r) throws Exception {
        var res = r.getResponse();
        return res.getStatus() + " " + (res.getHeader("Retry-After") != null) + " "
                + res.getContentAsString().replaceAll("\\d+", "N");
    }

    /** The login page's message key and argument after a form login. */
    String formAnswer(String username, String password, String address) {
        var r = mvc.post().uri("/login").with(from(address)).param("username", username).param("password", password)
                .with(csrf()).exchange();
        assertThat(r).hasStatus(302).hasRedirectedUrl("/login?error");
        var session = r.getRequest().getSession();
        Object arg = session.getAttribute(LoginFailureHandler.SESSION_ARG);
        return session.getAttribute(LoginFailureHandler.SESSION_KEY) + " " + (arg == null ? "" : arg.toString()
                .replaceAll("\\d+", "N"));
    }

    @Test
    void unknownAndExistingUsernamesGetTheSameAnswersBeforeAndDuringTheDelay() throws Exception {
        String existing = newUser("dung-mat-khau-9");
        String unknown = unique("khong.co");
        String a = address();
        String b = address();
        for (int i = 0; i < 3; i++) {
            var known = token(existing, "sai", a);
            var none = token(unknown, "sai", b);
            assertThat(known).hasStatus(401);
            assertThat(answer(known)).isEqualTo(answer(none));
        }
        var known = token(existing, "dung-mat-khau-9", a);
        var none = token(unknown, "dung-mat-khau-9", b);
        assertThat(known).hasStatus(429);
        assertThat(known.getResponse().getHeader("Retry-After")).matches("[1-9]\\d*");
        assertThat(answer(known)).isEqualTo(answer(none));
        assertThat(known.getResponse().getContentAsString())
                .contains("Bạn đã nhập sai nhiều lần. Vui lòng thử lại sau ");

        // the login page, from two more addresses
        String c = address();
        String d = address();
        assertThat(formAnswer(existing, "sai", c)).isEqualTo("login.error.bad ").isEqualTo(formAnswer(unknown, "sai", d));
        formAnswer(existing, "sai", c);
        formAnswer(unknown, "sai", d);
        assertThat(formAnswer(existing, "sai", c)).isEqualTo("login.error.throttled N giây")
                .isEqualTo(formAnswer(unknown, "sai", d));
        assertThat(formAnswer(existing, "dung-mat-khau-9", c)).isEqualTo("login.error.throttled N giây")
                .isEqualTo(formAnswer(unknown, "dung-mat-khau-9", d));
    }

    @Test
    void theOwnerStillLogsInFromAnotherAddress() {
        String name = newUser("dung-mat-khau-8");
        String attacker = address();
        for (int i = 0; i < 6; i++) {
            token(name, "sai-" + i, attacker);
        }
        assertThat(token(name, "dung-mat-khau-8", attacker)).hasStatus(429);
        assertThat(token(name, "dung-mat-khau-8", address())).hasStatus(201);
        var r = mvc.post().uri("/login").with(from(address())).param("username", name)
                .param("password", "dung-mat-khau-8").with(csrf()).exchange();
        assertThat(r).hasStatus(302).hasRedirectedUrl("/");
    }

    @Test
    void aSuccessClearsTheFailuresOfThatUsernameAndAddress() {
        String name = newUser("dung-mat-khau-7");
        String a = address();
        token(name, "sai", a);
        token(name, "sai", a);
        assertThat(token(name, "dung-mat-khau-7", a)).hasStatus(201);
        token(name, "sai", a);
        token(name, "sai", a);
        // four failures in the window without the reset: 2 s to wait
        assertThat(token(name, "dung-mat-khau-7", a)).hasStatus(201);
    }

    @Test
    void anAddressSprayingManyUsernamesIsSlowedForEveryUsername() {
        String name = newUser("dung-mat-khau-6");
        String sprayer = address();
        for (int i = 0; i < 20; i++) {
            assertThat(token(unique("phun." + i), "sai", sprayer)).hasStatus(401);
        }
        assertThat(token(name, "dung-mat-khau-6", sprayer)).hasStatus(429);
        assertThat(token(name, "dung-mat-khau-6", address())).hasStatus(201);
    }

    /** A clock the test moves, in whole milliseconds (PostgreSQL keeps microseconds). */
    static final class MovingClock extends Clock {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theDelayGrowsAndExpires() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(jdbc, users, clock, 3, 20, 100, 15, 1, 5);
        String name = unique("thoigian");
        String a = address();
        throttle.recordFailure(name, a);
        throttle.recordFailure(name, a);
        assertThat(throttle.waitFor(name, a)).isZero();
        throttle.recordFailure(name, a);
        assertThat(throttle.waitFor(name, a)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor(name.toUpperCase(), a)).as("usernames in any case").isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor(name, address())).as("another address").isZero();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.waitFor(name, a)).isZero();
        throttle.recordFailure(name, a);
        assertThat(throttle.waitFor(name, a)).isEqualTo(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(2);
        throttle.recordFailure(name, a);
        assertThat(throttle.waitFor(name, a)).isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusMillis(1500);
        assertThat(throttle.waitFor(name, a)).isEqualTo(Duration.ofMillis(2500));
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(name, a);
        }
        assertThat(throttle.waitFor(name, a)).as("capped").isEqualTo(Duration.ofMinutes(5));
        // failures leave the 15-minute window
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitFor(name, a)).isZero();
        throttle.recordFailure(name, a);
        assertThat(throttle.waitFor(name, a)).as("counted afresh").isZero();
    }

    @Test
    void manyAddressesOnOneUsernameSlowItOnlyAtAMuchHigherCount() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(jdbc, users, clock, 3, 20, 100, 15, 1, 5);
        String name = unique("botnet");
        for (int i = 0; i < 99; i++) {
            throttle.recordFailure(name, "10.99.0." + i);
        }
        assertThat(throttle.waitFor(name, address())).isZero();
        throttle.recordFailure(name, "10.99.1.1");
        assertThat(throttle.waitFor(name, address())).isEqualTo(Duration.ofSeconds(1));
    }
}
