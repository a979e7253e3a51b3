package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/**
 * Role × endpoint: every role on every admin page and API, the role-restricted sections, and
 * anonymous access. The server decides, whatever the menu shows.
 */
@DondocTest
@Tag("smoke")
class SecurityMatrixTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DondocUserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/users", "/admin/agencies", "/admin/agencies/new");
    static final List<String> ADMIN_APIS = List.of("/api/v1/admin/users", "/actuator/prometheus");

    static Stream<Arguments> rolesOnAdminPages() {
        return DemoUsers.ONE_PER_ROLE.stream()
                .flatMap(d -> ADMIN_PAGES.stream().map(p -> Arguments.of(d.username(), d.role(), p)));
    }

    @ParameterizedTest(name = "{1} GET {2}")
    @MethodSource("rolesOnAdminPages")
    void adminPagesAreForAdminsOnly(String username, String role, String path) {
        var result = mvc.get().uri(path).with(as(username)).exchange();
        if (role.equals("ADMIN")) {
            assertThat(result.getResponse().getStatus()).isIn(200, 302);
        } else {
            assertThat(result).hasStatus(403);
        }
    }

    static Stream<Arguments> rolesOnAdminApis() {
        return DemoUsers.ONE_PER_ROLE.stream()
                .flatMap(d -> ADMIN_APIS.stream().map(p -> Arguments.of(d.username(), d.role(), p)));
    }

    @ParameterizedTest(name = "{1} GET {2} with token")
    @MethodSource("rolesOnAdminApis")
    void adminApisAreForAdminsOnly(String username, String role, String path) throws Exception {
        var result = mvc.get().uri(path).header("Authorization", ApiClient.bearer(mvc, username)).exchange();
        assertThat(result).hasStatus(role.equals("ADMIN") ? 200 : 403);
        if (!role.equals("ADMIN")) {
            assertThat(result.getResponse().getContentAsString()).contains("\"code\":\"forbidden\"", "không có quyền");
        }
    }

    static Stream<Arguments> adminWrites() {
        return DemoUsers.ONE_PER_ROLE.stream().filter(d -> !d.role().equals("ADMIN"))
                .flatMap(d -> Stream.of(
                        Arguments.of(d.username(), "POST", "/api/v1/admin/users"),
                        Arguments.of(d.username(), "PUT", "/api/v1/admin/users/1"),
                        Arguments.of(d.username(), "POST", "/api/v1/admin/users/1/disable"),
                        Arguments.of(d.username(), "POST", "/api/v1/admin/users/1/reset-password"),
                        Arguments.of(d.username(), "POST", "/api/v1/admin/agencies"),
                        Arguments.of(d.username(), "PUT", "/api/v1/admin/agencies/1")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("adminWrites")
    void nonAdminsCannotChangeUsersOrAgencies(String username, String method, String path) {
        var req = method.equals("PUT") ? mvc.put().uri(path) : mvc.post().uri(path);
        var result = req.header("Authorization", ApiClient.bearer(mvc, username))
                .contentType("application/json").content("{}").exchange();
        assertThat(result).hasStatus(403);
    }

    static Stream<Arguments> sections() {
        return Stream.of(
                Arguments.of("/notices", List.of("ADMIN", "SECRETARIAT", "LEADER", "INSPECTOR")),
                Arguments.of("/reports", List.of("ADMIN", "SECRETARIAT", "LEADER", "INSPECTOR", "AGENCY_HEAD")),
                Arguments.of("/budget", List.of("ADMIN", "SECRETARIAT", "LEADER", "INSPECTOR", "AGENCY_HEAD")),
                Arguments.of("/tasks", List.of("ADMIN", "SECRETARIAT", "LEADER", "INSPECTOR", "AGENCY_HEAD", "AGENCY_OFFICER")),
                Arguments.of("/", List.of("ADMIN", "SECRETARIAT", "LEADER", "INSPECTOR", "AGENCY_HEAD", "AGENCY_OFFICER")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void sectionsFollowTheMenu(String path, List<String> allowed) {
        for (var d : DemoUsers.ONE_PER_ROLE) {
            var result = mvc.get().uri(path).with(as(d.username())).exchange();
            assertThat(result.getResponse().getStatus()).as(d.role() + " " + path)
                    .isEqualTo(allowed.contains(d.role()) ? 200 : 403);
        }
    }

    /** The dashboard, page and API, for every role: its own default scope, and the province only for province roles. */
    @ParameterizedTest(name = "{0} dashboard")
    @MethodSource("roles")
    void dashboardFollowsTheRole(String username, String role) {
        boolean province = !role.startsWith("AGENCY_");
        assertThat(mvc.get().uri("/api/v1/dashboard").header("Authorization", ApiClient.bearer(mvc, username)).exchange())
                .hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/dashboard?scope=all").header("Authorization", ApiClient.bearer(mvc, username))
                .exchange()).hasStatus(province ? 200 : 403);
        assertThat(mvc.get().uri("/?scope=all").with(as(username)).exchange()).hasStatus(province ? 200 : 403);
    }

    static Stream<Arguments> roles() {
        return DemoUsers.ONE_PER_ROLE.stream().map(d -> Arguments.of(d.username(), d.role()));
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

    /** Every admin endpoint the app has — found from its handler mappings, so new ones are covered too. */
    List<String[]> adminEndpoints() {
        List<String[]> out = new java.util.ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            var patterns = info.getPathPatternsCondition() == null ? java.util.Set.<String>of()
                    : info.getPathPatternsCondition().getPatternValues();
            var verbs = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/admin") || pattern.startsWith("/api/v1/admin")) {
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    if (verbs.isEmpty()) {
                        out.add(new String[] {"GET", path});
                    }
                    verbs.forEach(v -> out.add(new String[] {v.name(), path}));
                }
            }
        });
        return out;
    }

    @org.junit.jupiter.api.Test
    void everyAdminEndpointRefusesEveryOtherRole() {
        List<String[]> endpoints = adminEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(15);
        for (var d : DemoUsers.ONE_PER_ROLE) {
            if (d.role().equals("ADMIN")) {
                continue;
            }
            for (String[] e : endpoints) {
                boolean api = e[1].startsWith("/api/");
                var req = switch (e[0]) {
                    case "POST" -> mvc.post().uri(e[1]);
                    case "PUT" -> mvc.put().uri(e[1]);
                    case "DELETE" -> mvc.delete().uri(e[1]);
                    default -> mvc.get().uri(e[1]);
                };
                req = api ? req.header("Authorization", ApiClient.bearer(mvc, d.username())).contentType("application/json").content("{}")
                        : req.with(as(d.username())).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
                assertThat(req.exchange()).as(d.role() + " " + e[0] + " " + e[1]).hasStatus(403);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theTwoChainsDoNotLeakIntoEachOther() {
        // a bearer token does not open web pages
        assertThat(mvc.get().uri("/admin/users").header("Authorization", ApiClient.bearer(mvc, "admin")).exchange())
                .hasStatus(302);
        // a state-changing page request without CSRF token is refused even for an admin
        assertThat(mvc.post().uri("/admin/users/1/password").with(as("admin")).exchange()).hasStatus(403);
    }

    @ParameterizedTest(name = "anonymous GET {0}")
    @MethodSource("anonymousPaths")
    void anonymousIsSentToLoginOrRefused(String path, int status) {
        assertThat(mvc.get().uri(path).exchange()).hasStatus(status);
    }

    static Stream<Arguments> anonymousPaths() {
        return Stream.of(
                Arguments.of("/", 302), Arguments.of("/admin/users", 302), Arguments.of("/tasks", 302),
                Arguments.of("/account", 302),
                Arguments.of("/api/v1/agencies", 401), Arguments.of("/api/v1/admin/users", 401),
                Arguments.of("/api/v1/auth/me", 401), Arguments.of("/actuator/prometheus", 401),
                Arguments.of("/api/v1/dashboard", 401), Arguments.of("/api/v1/dashboard?scope=all", 401),
                Arguments.of("/actuator/health", 200), Arguments.of("/login", 200));
    }
}
