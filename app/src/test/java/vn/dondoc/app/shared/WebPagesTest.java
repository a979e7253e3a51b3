package vn.dondoc.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dondoc.app.support.DondocTest;

/** The shell as a browser receives it: Vietnamese login page, headers, CSRF, error pages, health. */
@DondocTest
@Tag("smoke")
class WebPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void loginPageIsVietnameseWithSecureHeaders() throws Exception {
        var r = mvc.get().uri("/login").exchange();
        assertThat(r).hasStatus(200);
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "name=\"_csrf\"")
                .doesNotContain("??");
        assertThat(r.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(r.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        var r = mvc.post().uri("/login").param("username", "admin").param("password", "dondoc2026").exchange();
        assertThat(r).hasStatus(403);
    }

    @Test
    void healthIsOpen() throws Exception {
        var r = mvc.get().uri("/actuator/health").exchange();
        assertThat(r).hasStatus(200);
        assertThat(r.getResponse().getContentAsString()).contains("UP");
    }

    @Test
    void webjarsAreServedLocally() {
        assertThat(mvc.get().uri("/webjars/bootstrap/dist/css/bootstrap.min.css").exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange()).hasStatus(200);
    }

    @Test
    void apiDocsArePublished() throws Exception {
        var r = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(r).hasStatus(200);
        assertThat(r.getResponse().getContentAsString()).contains("/api/v1/auth/tokens", "/api/v1/agencies",
                "/api/v1/extension-requests/{id}/approve", "/api/v1/assignments/{id}/evidence", "/api/v1/search",
                "/api/v1/audit", "/api/v1/inbox", "/api/v1/tasks/{id}/comments");
    }
}
