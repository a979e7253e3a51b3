package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/** Personal access tokens: created with credentials, accepted as Bearer, revocable; bad input refused. */
@DondocTest
@Tag("smoke")
class AuthTokenApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode body(org.springframework.test.web.servlet.assertj.MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    String createToken(String username, String password) throws Exception {
        var r = mvc.post().uri("/api/v1/auth/tokens").contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"test\"}")
                .exchange();
        assertThat(r).hasStatus(201);
        return body(r).get("token").asString();
    }

    @Test
    void tokenFromCredentialsOpensTheAgencyDirectory() throws Exception {
        String token = createToken("stc.chuyenvien", DemoUsers.PASSWORD);
        assertThat(token).startsWith("ddk_");

        var agencies = mvc.get().uri("/api/v1/agencies").header("Authorization", "Bearer " + token).exchange();
        assertThat(agencies).hasStatus(200);
        JsonNode list = body(agencies);
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isGreaterThan(50);
        JsonNode first = list.get(0);
        assertThat(first.has("name") && first.has("kind") && first.has("aliases") && first.has("members")).isTrue();
        boolean groupWithMembers = false;
        for (JsonNode a : list) {
            if (a.get("group").asBoolean() && a.get("members").size() > 5) {
                groupWithMembers = true;
            }
        }
        assertThat(groupWithMembers).as("a group lists its members").isTrue();

        assertThat(mvc.get().uri("/api/v1/agencies").exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/agencies").header("Authorization", "Bearer ddk_forged").exchange())
                .hasStatus(401);
    }

    @Test
    void wrongPasswordIsRefusedInVietnamese() throws Exception {
        var r = mvc.post().uri("/api/v1/auth/tokens").contentType("application/json")
                .content("{\"username\":\"lanhdao\",\"password\":\"sai-mat-khau\"}").exchange();
        assertThat(r).hasStatus(401);
        assertThat(body(r).get("message").asString()).contains("mật khẩu không đúng");
        // a later correct login resets the count of failures
        createToken("lanhdao", DemoUsers.PASSWORD);
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        String token = createToken("kiemtra", DemoUsers.PASSWORD);
        var list = body(mvc.get().uri("/api/v1/auth/tokens").header("Authorization", "Bearer " + token).exchange());
        long id = -1;
        for (JsonNode t : list) {
            if (token.startsWith(t.get("prefix").asString()) && t.get("revokedAt").isNull()) {
                id = t.get("id").asLong();
            }
        }
        assertThat(mvc.delete().uri("/api/v1/auth/tokens/" + id).header("Authorization", "Bearer " + token).exchange())
                .hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token).exchange())
                .hasStatus(401);
    }

    /** A username unique to this run, so the tests also pass on a database that outlives them. */
    static String unique(String base) {
        return base + "." + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void repeatedFailuresAreThrottledFromThatAddress() throws Exception {
        String name = unique("khoa.thu");
        accounts.create(new NewUser(name, "Người thử hạn chế", null, Role.INSPECTOR, null, "dung-mat-khau-1"));
        String token = createToken(name, "dung-mat-khau-1");
        for (int i = 0; i < 3; i++) {
            mvc.post().uri("/api/v1/auth/tokens").with(r -> { r.setRemoteAddr("10.66.0.1"); return r; })
                    .contentType("application/json")
                    .content("{\"username\":\"" + name + "\",\"password\":\"sai\"}").exchange();
        }
        var r = mvc.post().uri("/api/v1/auth/tokens").with(req -> { req.setRemoteAddr("10.66.0.1"); return req; })
                .contentType("application/json")
                .content("{\"username\":\"" + name + "\",\"password\":\"dung-mat-khau-1\"}").exchange();
        assertThat(r).hasStatus(429);
        assertThat(r.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(body(r).get("message").asString()).startsWith("Bạn đã nhập sai nhiều lần. Vui lòng thử lại sau ");
        // someone guessing passwords does not cut off the owner's integrations, nor the owner on another address
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(200);
        createToken(name, "dung-mat-khau-1");
    }

    @Test
    void aTokenCannotMintTokensAndAPasswordResetRevokesThem() throws Exception {
        String name = unique("dat.lai");
        var u = accounts.create(new NewUser(name, "Người thử đặt lại", null, Role.LEADER, null, "dung-mat-khau-3"));
        String token = createToken(name, "dung-mat-khau-3");
        assertThat(mvc.post().uri("/api/v1/auth/tokens").header("Authorization", "Bearer " + token)
                .contentType("application/json").content("{}").exchange()).hasStatus(401);
        accounts.resetPassword(u.id(), null);
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(401);
    }

    @Test
    void disabledUsersTokensStopWorking() throws Exception {
        String name = unique("tat.thu");
        var u = accounts.create(new NewUser(name, "Người thử vô hiệu", null, Role.LEADER, null, "dung-mat-khau-2"));
        String token = createToken(name, "dung-mat-khau-2");
        accounts.setEnabled(u.id(), false);
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(401);
        var r = mvc.post().uri("/api/v1/auth/tokens").contentType("application/json")
                .content("{\"username\":\"" + name + "\",\"password\":\"dung-mat-khau-2\"}").exchange();
        assertThat(r).hasStatus(403);
    }

    @Test
    void malformedBodyGetsA400InVietnamese() throws Exception {
        String admin = createToken("admin", DemoUsers.PASSWORD);
        var r = mvc.post().uri("/api/v1/admin/users").header("Authorization", "Bearer " + admin)
                .contentType("application/json").content("{not json").exchange();
        assertThat(r).hasStatus(400);
        assertThat(body(r).get("message").asString()).contains("không đúng định dạng");
    }
}
