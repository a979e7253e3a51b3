package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/**
 * {@code PUT /api/v1/tasks/{id}} replaces the whole task and refuses a body that leaves fields out (they used to be
 * cleared silently, with the assignments' deadlines); {@code PATCH} changes only the fields sent.
 */
@DondocTest
class TaskApiTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    AgencyService agencies;

    TaskFixture f;
    LocalDate deadline;
    long task;

    @BeforeEach
    void fixture() {
        f = new TaskFixture(mvc, tasks, agencies);
        deadline = LocalDate.now().plusDays(30);
        task = f.task("Xây dựng cơ sở dữ liệu giá đất.", deadline);
    }

    MvcTestResult send(String method, String user, long id, String json) {
        return mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri("/api/v1/tasks/" + id)
                .header("Authorization", ApiClient.bearer(mvc, user)).contentType("application/json").content(json)
                .exchange();
    }

    JsonNode task() throws Exception {
        return f.get("thuongtruc", "/api/v1/tasks/" + task);
    }

    /** ref, deadline, deadline text and every assignment's deadline, as they were issued. */
    void assertUntouched(JsonNode t) {
        assertThat(t.get("ref").asString()).isEqualTo("9.9");
        assertThat(t.get("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(t.get("deadline_text").asString()).isEqualTo("trước ngày " + deadline);
        assertThat(t.get("assignments").size()).isEqualTo(2);
        t.get("assignments").forEach(a -> assertThat(a.get("deadline").asString()).isEqualTo(deadline.toString()));
    }

    @Test
    void aPutWithOnlyContentAndVersionIsRefusedNamingTheMissingFields() throws Exception {
        var r = send("PUT", "thuongtruc", task, "{\"content\":\"Nội dung mới\",\"version\":0}");
        assertThat(r).hasStatus(400);
        JsonNode body = TaskFixture.body(r);
        assertThat(body.get("code").asString()).isEqualTo("missing_fields");
        assertThat(body.get("message").asString()).startsWith("Thiếu trường: ref, deadline, deadline_text, recurrence,"
                + " standing, product.").contains("PATCH", "null");
        JsonNode t = task();
        assertUntouched(t);
        assertThat(t.get("content").asString()).isEqualTo("Xây dựng cơ sở dữ liệu giá đất.");
        assertThat(t.get("version").asInt()).isZero();
    }

    @Test
    void aWholePutReplacesAndExplicitNullsClear() throws Exception {
        JsonNode t = task();
        // what GET gave back, changed, goes back whole (its read-only fields are ignored)
        var edited = ((tools.jackson.databind.node.ObjectNode) t).put("content", "Nội dung đã sửa").put("product",
                "Cơ sở dữ liệu");
        assertThat(send("PUT", "thuongtruc", task, edited.toString())).hasStatus(200);
        JsonNode after = task();
        assertUntouched(after);
        assertThat(after.get("content").asString()).isEqualTo("Nội dung đã sửa");
        assertThat(after.get("product").asString()).isEqualTo("Cơ sở dữ liệu");

        var cleared = send("PUT", "thuongtruc", task, "{\"ref\":null,\"content\":\"Nội dung đã sửa\",\"deadline\":null,"
                + "\"deadline_text\":null,\"recurrence\":null,\"standing\":false,\"product\":null,\"version\":1}");
        assertThat(cleared).hasStatus(200);
        JsonNode none = task();
        assertThat(none.get("ref").isNull()).isTrue();
        assertThat(none.get("deadline").isNull()).isTrue();
        assertThat(none.get("product").isNull()).isTrue();
        none.get("assignments").forEach(a -> assertThat(a.get("deadline").isNull()).isTrue());
    }

    @Test
    void aPatchChangesOnlyTheFieldsSent() throws Exception {
        var r = send("PATCH", "thuongtruc", task, "{\"content\":\"Xây dựng và vận hành cơ sở dữ liệu giá đất.\",\"version\":0}");
        assertThat(r).hasStatus(200);
        JsonNode t = task();
        assertUntouched(t);
        assertThat(t.get("content").asString()).isEqualTo("Xây dựng và vận hành cơ sở dữ liệu giá đất.");
        assertThat(t.get("version").asInt()).isEqualTo(1);

        // an explicit null clears that field alone; application/merge-patch+json is taken too
        var merge = mvc.patch().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "admin"))
                .contentType("application/merge-patch+json").content("{\"deadline_text\":null,\"version\":1}").exchange();
        assertThat(merge).hasStatus(200);
        JsonNode after = task();
        assertThat(after.get("deadline_text").isNull()).isTrue();
        assertThat(after.get("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(after.get("ref").asString()).isEqualTo("9.9");

        LocalDate later = deadline.plusDays(15);
        assertThat(send("PATCH", "thuongtruc", task, "{\"deadline\":\"" + later + "\",\"version\":2}")).hasStatus(200);
        task().get("assignments").forEach(a -> assertThat(a.get("deadline").asString()).isEqualTo(later.toString()));
    }

    static Stream<Arguments> refusedPatches() {
        return Stream.of(
                Arguments.of("{\"content\":\"x\"}", 400, "version_required", "version"),
                Arguments.of("{\"content\":\"x\",\"version\":null}", 400, "version_required", "version"),
                Arguments.of("{\"dealine\":\"2027-01-01\",\"version\":0}", 400, "unknown_fields", "dealine"),
                Arguments.of("{\"deadline\":\"15/12/2026\",\"version\":0}", 400, "invalid_fields", "YYYY-MM-DD"),
                Arguments.of("{\"standing\":\"có\",\"version\":0}", 400, "invalid_fields", "true hoặc false"),
                Arguments.of("{\"content\":null,\"version\":0}", 400, "invalid_fields", "content không được để null"),
                Arguments.of("{\"content\":42,\"version\":0}", 400, "invalid_fields", "content phải là chuỗi"),
                Arguments.of("{\"version\":\"0\"}", 400, "invalid_fields", "version phải là số nguyên"),
                Arguments.of("{\"content\":\"x\",\"version\":7}", 409, "stale", "người khác sửa"),
                Arguments.of("[]", 400, "invalid", "định dạng"),
                Arguments.of("", 400, "invalid", "định dạng"));
    }

    @ParameterizedTest(name = "PATCH {0} → {1} {2}")
    @MethodSource("refusedPatches")
    void aBadPatchIsRefusedAndChangesNothing(String json, int status, String code, String says) throws Exception {
        var r = send("PATCH", "thuongtruc", task, json);
        assertThat(r).hasStatus(status);
        JsonNode body = TaskFixture.body(r);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("message").asString()).contains(says);
        JsonNode t = task();
        assertUntouched(t);
        assertThat(t.get("version").asInt()).isZero();
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("lanhdao", "PATCH", 403), Arguments.of("kiemtra", "PUT", 403),
                Arguments.of("stc.lanhdao", "PATCH", 403), Arguments.of("stc.chuyenvien", "PUT", 403),
                Arguments.of("cat.lanhdao", "PATCH", 403), Arguments.of("snv.lanhdao", "PATCH", 403));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("roles")
    void onlyTheSecretariatEdits(String user, String method, int status) throws Exception {
        var r = send(method, user, task, "{\"ref\":\"1\",\"content\":\"x\",\"deadline\":null,\"deadline_text\":null,"
                + "\"recurrence\":null,\"standing\":false,\"product\":null,\"version\":0}");
        assertThat(r).hasStatus(status);
        assertThat(TaskFixture.body(r).get("code").asString()).isEqualTo("forbidden");
        assertUntouched(task());
    }

    @Test
    void patchingATaskThatDoesNotExistIs404() throws Exception {
        var r = send("PATCH", "thuongtruc", 999_999_999L, "{\"content\":\"x\",\"version\":0}");
        assertThat(r).hasStatus(404);
        assertThat(TaskFixture.body(r).get("code").asString()).isEqualTo("task_not_found");
    }
}
