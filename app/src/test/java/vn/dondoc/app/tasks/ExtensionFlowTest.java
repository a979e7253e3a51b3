package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DondocTest;

/**
 * Extension requests: the head asks with a later date and a reason; the secretariat or a leader approves (the
 * deadline moves, the supporter follows, the original stays) or rejects with a reason; everything else is refused.
 */
@DondocTest
@Tag("smoke")
class ExtensionFlowTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    AgencyService agencies;

    TaskFixture f;

    @BeforeEach
    void fixture() {
        f = new TaskFixture(mvc, tasks, agencies);
    }

    String ext(LocalDate d, String reason, int version) {
        return "{\"deadline\":\"" + d + "\",\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"")
                + ",\"version\":" + version + "}";
    }

    @Test
    void approvedExtensionMovesTheDeadlineAndTheSupporterFollows() throws Exception {
        LocalDate today = LocalDate.now();
        long task = f.task("Hoàn thành cơ sở dữ liệu tài sản công, trễ hạn do chờ số liệu.", today.minusDays(5));
        long lead = f.assignment(task, "Sở Tài chính");
        long support = f.assignment(task, "Công an tỉnh");
        assertThat(f.assignmentView(task, lead).get("timeliness").asString()).isEqualTo("OVERDUE");
        String uri = "/api/v1/assignments/" + lead + "/extension-requests";

        // refused: officer, other agency, no reason, past date, not later than the deadline, stale version
        assertThat(f.post("stc.chuyenvien", uri, ext(today.plusDays(30), "x", 0))).hasStatus(403);
        assertThat(f.post("cat.lanhdao", uri, ext(today.plusDays(30), "x", 0))).hasStatus(404);
        var noReason = f.post("stc.lanhdao", uri, ext(today.plusDays(30), null, 0));
        assertThat(noReason).hasStatus(400);
        assertThat(TaskFixture.body(noReason).get("message").asString()).contains("lý do");
        assertThat(f.post("stc.lanhdao", uri, ext(today.minusDays(1), "x", 0))).hasStatus(400);
        assertThat(f.post("stc.lanhdao", uri, ext(today.minusDays(6), "x", 0))).hasStatus(400);
        assertThat(f.post("stc.lanhdao", uri, ext(today.plusDays(30), "x", 7))).hasStatus(409);

        var created = f.post("stc.lanhdao", uri, ext(today.plusDays(30), "Chờ số liệu của Kho bạc", 0));
        assertThat(created).hasStatus(201);
        JsonNode request = TaskFixture.body(created);
        long id = request.get("id").asLong();
        assertThat(request.get("status").asString()).isEqualTo("PENDING");
        var second = f.post("stc.lanhdao", uri, ext(today.plusDays(40), "lần hai", 1));
        assertThat(second).hasStatus(409);
        assertThat(TaskFixture.body(second).get("message").asString()).contains("đang chờ duyệt");

        // deciding: not the agency, not the inspector; the other agency can't even read it
        assertThat(f.post("stc.lanhdao", "/api/v1/extension-requests/" + id + "/approve", "{}")).hasStatus(403);
        assertThat(f.post("kiemtra", "/api/v1/extension-requests/" + id + "/approve", "{}")).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/extension-requests/" + id)
                .header("Authorization", vn.dondoc.app.support.ApiClient.bearer(mvc, "cat.lanhdao")).exchange()).hasStatus(404);
        assertThat(f.post("thuongtruc", "/api/v1/extension-requests/" + id + "/reject", "{}")).hasStatus(400);

        var approved = f.post("lanhdao", "/api/v1/extension-requests/" + id + "/approve", "{\"note\":\"Đồng ý\"}");
        assertThat(approved).hasStatus(200);
        assertThat(TaskFixture.body(approved).get("status").asString()).isEqualTo("APPROVED");
        assertThat(f.post("thuongtruc", "/api/v1/extension-requests/" + id + "/approve", "{}")).hasStatus(409);

        JsonNode after = f.assignmentView(task, lead);
        assertThat(after.get("deadline").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(after.get("timeliness").asString()).isEqualTo("ON_TIME");
        assertThat(f.assignmentView(task, support).get("deadline").asString()).isEqualTo(today.plusDays(30).toString());
        JsonNode t = f.get("thuongtruc", "/api/v1/tasks/" + task);
        assertThat(t.get("deadline").asString()).isEqualTo(today.minusDays(5).toString());
        JsonNode timeline = f.get("stc.lanhdao", "/api/v1/assignments/" + lead + "/timeline");
        assertThat(timeline.findValuesAsString("action")).contains("REQUEST_EXTENSION", "APPROVE_EXTENSION");
        JsonNode audit = f.get("stc.lanhdao", "/api/v1/audit?task=" + task);
        assertThat(audit.get("items").findValuesAsString("action")).contains("REQUEST_EXTENSION", "APPROVE_EXTENSION");
    }

    @Test
    void rejectedExtensionKeepsTheDeadlineAndClosesWhenDone() throws Exception {
        LocalDate today = LocalDate.now();
        long task = f.task("Ban hành quy chế quản lý dữ liệu tài chính.", today.plusDays(10));
        long lead = f.assignment(task, "Sở Tài chính");
        String uri = "/api/v1/assignments/" + lead + "/extension-requests";
        long id = TaskFixture.body(f.post("stc.lanhdao", uri, ext(today.plusDays(60), "Cần thêm thời gian", 0))).get("id").asLong();
        var rejected = f.post("thuongtruc", "/api/v1/extension-requests/" + id + "/reject", "{\"note\":\"Nhiệm vụ cấp bách\"}");
        assertThat(rejected).hasStatus(200);
        assertThat(TaskFixture.body(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(f.assignmentView(task, lead).get("deadline").asString()).isEqualTo(today.plusDays(10).toString());

        // a new request, then the work is completed and confirmed: the request closes by itself
        int v = f.version(task, lead);
        long second = TaskFixture.body(f.post("stc.lanhdao", uri, ext(today.plusDays(20), "Xin thêm 10 ngày", v))).get("id").asLong();
        v = f.version(task, lead);
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/completion",
                "{\"text\":\"Đã ban hành\",\"version\":" + v + "}")).hasStatus(200);
        assertThat(f.post("thuongtruc", "/api/v1/assignments/" + lead + "/confirm",
                "{\"version\":" + (v + 1) + "}")).hasStatus(200);
        assertThat(f.get("thuongtruc", "/api/v1/extension-requests/" + second).get("status").asString()).isEqualTo("REJECTED");
    }
}
