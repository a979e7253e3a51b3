package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/** Admin user management through the API: create, conflicts, stale edits, disable, reset password. */
@DondocTest
class AdminUsersApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AgencyService agencies;

    final JsonMapper json = JsonMapper.builder().build();

    private org.springframework.test.web.servlet.assertj.MvcTestResult call(String method, String path, String body) {
        var req = switch (method) {
            case "POST" -> mvc.post().uri(path);
            case "PUT" -> mvc.put().uri(path);
            default -> mvc.get().uri(path);
        };
        req = req.header("Authorization", ApiClient.bearer(mvc, "admin"));
        if (body != null) {
            req = req.contentType("application/json").content(body);
        }
        return req.exchange();
    }

    private JsonNode body(org.springframework.test.web.servlet.assertj.MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    @Test
    void createEditDisableReset() throws Exception {
        String username = "syt." + Long.toString(System.nanoTime(), 36);
        long agency = agencies.all().stream().filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
        var created = call("POST", "/api/v1/admin/users", """
                {"username":"%s","fullName":"Lê Thị Ngọc","role":"AGENCY_OFFICER","agencyId":%d,
                 "password":"mat-khau-dai-1"}""".formatted(username, agency));
        assertThat(created).hasStatus(201);
        JsonNode u = body(created);
        assertThat(u.get("agencyName").asString()).isEqualTo("Sở Y tế");
        assertThat(u.has("passwordHash")).isFalse();
        long id = u.get("id").asLong();
        int version = u.get("version").asInt();

        var duplicate = call("POST", "/api/v1/admin/users", """
                {"username":"%s","fullName":"X","role":"AGENCY_OFFICER","agencyId":%d,"password":"mat-khau-dai-1"}"""
                .formatted(username.toUpperCase(), agency));
        assertThat(duplicate).hasStatus(409);
        assertThat(body(duplicate).get("message").asString()).contains("đã tồn tại");

        var promoted = call("PUT", "/api/v1/admin/users/" + id, """
                {"fullName":"Lê Thị Ngọc","role":"AGENCY_HEAD","agencyId":%d,"version":%d}""".formatted(agency, version));
        assertThat(promoted).hasStatus(200);
        assertThat(body(promoted).get("role").asString()).isEqualTo("AGENCY_HEAD");

        var stale = call("PUT", "/api/v1/admin/users/" + id, """
                {"fullName":"Tên cũ","role":"AGENCY_OFFICER","agencyId":%d,"version":%d}""".formatted(agency, version));
        assertThat(stale).hasStatus(409);
        assertThat(body(stale).get("message").asString()).contains("vừa được người khác sửa");

        assertThat(body(call("POST", "/api/v1/admin/users/" + id + "/disable", null)).get("enabled").asBoolean()).isFalse();
        var login = mvc.post().uri("/api/v1/auth/tokens").contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"mat-khau-dai-1\"}").exchange();
        assertThat(login).hasStatus(403);

        call("POST", "/api/v1/admin/users/" + id + "/enable", null);
        String newPassword = body(call("POST", "/api/v1/admin/users/" + id + "/reset-password", null)).get("password").asString();
        assertThat(newPassword).hasSizeGreaterThanOrEqualTo(12);
        var relogin = mvc.post().uri("/api/v1/auth/tokens").contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"" + newPassword + "\"}").exchange();
        assertThat(relogin).hasStatus(201);
    }

    @Test
    void agencyRolesNeedAnAgencyAndInvalidInputIsExplained() throws Exception {
        var noAgency = call("POST", "/api/v1/admin/users", """
                {"username":"khong.coquan","fullName":"A","role":"AGENCY_HEAD","password":"mat-khau-dai-1"}""");
        assertThat(noAgency).hasStatus(400);
        assertThat(body(noAgency).get("message").asString()).contains("phải gắn với một cơ quan");

        var invalid = call("POST", "/api/v1/admin/users", """
                {"username":"x","fullName":"","role":"LEADER","password":"ngan"}""");
        assertThat(invalid).hasStatus(400);
        assertThat(body(invalid).get("message").asString()).startsWith("Dữ liệu không hợp lệ");

        assertThat(call("GET", "/api/v1/admin/users/999999", null)).hasStatus(404);

        var blankPassword = call("POST", "/api/v1/admin/users", """
                {"username":"mat.khau.rong","fullName":"A","role":"LEADER","password":""}""");
        assertThat(blankPassword).hasStatus(400);
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() throws Exception {
        var admins = body(call("GET", "/api/v1/admin/users", null));
        long enabledAdmins = 0;
        long adminId = -1;
        for (JsonNode u : admins) {
            if (u.get("role").asString().equals("ADMIN") && u.get("enabled").asBoolean()) {
                enabledAdmins++;
                adminId = u.get("id").asLong();
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(enabledAdmins == 1, "only meaningful with one admin");
        var r = call("POST", "/api/v1/admin/users/" + adminId + "/disable", null);
        assertThat(r).hasStatus(409);
        assertThat(body(r).get("message").asString()).contains("quản trị viên cuối cùng");
    }
}
