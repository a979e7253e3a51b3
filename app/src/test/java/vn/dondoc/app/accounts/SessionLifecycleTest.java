package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dondoc.app.support.DondocTest;

/** A web session follows the account: disabled or reset users are signed out, a new role applies at once. */
@DondocTest
class SessionLifecycleTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    MockHttpSession login(String username, String password) {
        var r = mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
        assertThat(r).hasStatus(302).hasRedirectedUrl("/");
        return (MockHttpSession) r.getRequest().getSession();
    }

    @Test
    void disablingAUserEndsTheirSession() {
        String name = "phien." + Long.toString(System.nanoTime(), 36);
        var u = accounts.create(new NewUser(name, "Người thử phiên", null, Role.LEADER, null, "mat-khau-phien-1"));
        MockHttpSession session = login(name, "mat-khau-phien-1");
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatus(200);

        accounts.setEnabled(u.id(), false);
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatus(302).hasRedirectedUrl("/login?ended");
    }

    @Test
    void aPasswordResetEndsTheSessionAndARoleChangeAppliesAtOnce() {
        String name = "vaitro." + Long.toString(System.nanoTime(), 36);
        var u = accounts.create(new NewUser(name, "Người thử vai trò", null, Role.LEADER, null, "mat-khau-phien-2"));
        MockHttpSession session = login(name, "mat-khau-phien-2");
        assertThat(mvc.get().uri("/notices").session(session).exchange()).hasStatus(200);

        var current = accounts.find(u.id()).orElseThrow();
        accounts.update(u.id(), new UserChange(current.fullName(), null, Role.INSPECTOR, null, current.version()));
        assertThat(mvc.get().uri("/admin/users").session(session).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/").session(session).exchange()).bodyText().contains("Kiểm tra, giám sát");

        accounts.resetPassword(u.id(), null);
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatus(302).hasRedirectedUrl("/login?ended");
    }

    @Test
    void aWebSessionDoesNotOpenTheApi() {
        // the API runs without CSRF protection, so it must never accept the session cookie
        MockHttpSession session = login("admin", "dondoc2026");
        assertThat(mvc.get().uri("/admin/users").session(session).exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/auth/me").session(session).exchange()).hasStatus(401);
        assertThat(mvc.post().uri("/api/v1/admin/users/1/disable").session(session).exchange()).hasStatus(401);
    }

    @Test
    void aRefusedPageRequestShowsTheReasonInVietnamese() {
        MockHttpSession session = login("admin", "dondoc2026");
        var r = mvc.get().uri("/admin/users/99999999").session(session).exchange();
        assertThat(r).hasStatus(404);
        assertThat(r).bodyText().contains("Không tìm thấy tài khoản.");
    }
}
