package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/**
 * An assignment's life through the API: an officer drafts, the head reports and completes, the
 * secretariat sends back and confirms; wrong roles, other agencies, stale versions and illegal
 * transitions are refused in Vietnamese; timeliness follows.
 */
@DondocTest
@Tag("smoke")
class AssignmentFlowTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TaskService tasks;

    @Autowired
    AgencyService agencies;

    final JsonMapper json = JsonMapper.builder().build();

    long stc() {
        return agencies.all().stream().filter(a -> a.name().equals("Sở Tài chính")).findFirst().orElseThrow().id();
    }

    /** Issues a one-task notice-less task to Sở Tài chính and returns its assignment id. */
    long assignmentWithDeadline(LocalDate deadline) throws Exception {
        long taskId = tasks.issue(null, List.of(new NewTask("1", "Rà soát dự toán kinh phí chuyển đổi số năm 2027.",
                deadline, "trước ngày " + deadline, null, false, null, List.of(stc()), List.of()))).get(0);
        JsonNode t = body(mvc.get().uri("/api/v1/tasks/" + taskId)
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange());
        return t.get("assignments").get(0).get("id").asLong();
    }

    MvcTestResult act(String user, long id, String action, String text, Integer percent, int version) {
        String body = "{\"version\":" + version + (text == null ? "" : ",\"text\":\"" + text + "\"")
                + (percent == null ? "" : ",\"percent\":" + percent) + "}";
        return mvc.post().uri("/api/v1/assignments/" + id + "/" + action)
                .header("Authorization", ApiClient.bearer(mvc, user)).contentType("application/json").content(body)
                .exchange();
    }

    JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    String status(MvcTestResult r) throws Exception {
        assertThat(r).hasStatus(200);
        return body(r).get("status").asString();
    }

    @Test
    void fromAssignedToDoneOnTime() throws Exception {
        long id = assignmentWithDeadline(LocalDate.now().plusDays(20));

        assertThat(status(act("stc.chuyenvien", id, "reports", "Đã thu thập số liệu", 30, 0))).isEqualTo("ASSIGNED");
        assertThat(status(act("stc.lanhdao", id, "reports", "Đang tổng hợp dự toán", 40, 0))).isEqualTo("IN_PROGRESS");

        var stale = act("stc.lanhdao", id, "reports", "Báo cáo trên bản cũ", 50, 0);
        assertThat(stale).hasStatus(409);
        assertThat(body(stale).get("message").asString()).contains("vừa được người khác cập nhật");

        var confirmTooEarly = act("thuongtruc", id, "confirm", null, null, 1);
        assertThat(confirmTooEarly).hasStatus(409);
        assertThat(body(confirmTooEarly).get("message").asString())
                .isEqualTo("Không thể xác nhận hoàn thành khi nhiệm vụ đang ở trạng thái \"Đang thực hiện\".");

        assertThat(status(act("stc.lanhdao", id, "completion", "Đã trình dự toán", null, 1)))
                .isEqualTo("AWAITING_CONFIRMATION");
        var noReason = act("thuongtruc", id, "send-back", null, null, 2);
        assertThat(noReason).hasStatus(400);
        assertThat(body(noReason).get("message").asString()).contains("lý do");
        assertThat(status(act("thuongtruc", id, "send-back", "Thiếu phụ lục chi tiết", null, 2))).isEqualTo("IN_PROGRESS");
        assertThat(status(act("stc.lanhdao", id, "completion", "Đã bổ sung phụ lục", null, 3)))
                .isEqualTo("AWAITING_CONFIRMATION");
        assertThat(status(act("thuongtruc", id, "confirm", null, null, 4))).isEqualTo("DONE");

        JsonNode list = body(mvc.get().uri("/api/v1/tasks?state=DONE&q=du toan kinh phi chuyen doi so")
                .header("Authorization", ApiClient.bearer(mvc, "stc.chuyenvien")).exchange());
        JsonNode mine = null;
        for (JsonNode a : list.get("items")) {
            if (a.get("id").asLong() == id) {
                mine = a;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("timeliness").asString()).isEqualTo("DONE_ON_TIME");
        assertThat(mine.get("progressPercent").asInt()).isEqualTo(100);

        JsonNode timeline = body(mvc.get().uri("/api/v1/assignments/" + id + "/timeline")
                .header("Authorization", ApiClient.bearer(mvc, "stc.chuyenvien")).exchange());
        assertThat(timeline.size()).isEqualTo(6);
        assertThat(timeline.get(0).get("action").asString()).isEqualTo("DRAFT_REPORT");
        assertThat(timeline.get(3).get("text").asString()).isEqualTo("Thiếu phụ lục chi tiết");
    }

    @Test
    void searchFindsTasksByAgencyNameAndContentWithoutDiacritics() throws Exception {
        long id = assignmentWithDeadline(LocalDate.now().plusDays(30));
        JsonNode hits = body(mvc.get().uri("/api/v1/tasks?q=so tai chinh du toan 2027")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange());
        assertThat(hits.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(id);
        JsonNode none = body(mvc.get().uri("/api/v1/tasks?q=cong an tinh du toan 2027")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange());
        assertThat(none.get("items").findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);
    }

    @Test
    void completionAfterTheDeadlineIsLate() throws Exception {
        long id = assignmentWithDeadline(LocalDate.now().minusDays(5));
        JsonNode before = body(mvc.get().uri("/api/v1/tasks?timeliness=OVERDUE")
                .header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange());
        assertThat(before.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(id);
        assertThat(status(act("stc.lanhdao", id, "completion", "Hoàn thành muộn", null, 0))).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(status(act("thuongtruc", id, "confirm", null, null, 1))).isEqualTo("DONE");
        JsonNode after = body(mvc.get().uri("/api/v1/tasks?timeliness=DONE_LATE")
                .header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange());
        assertThat(after.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(id);
    }

    @Test
    void wrongRolesAndOtherAgenciesAreRefused() throws Exception {
        long id = assignmentWithDeadline(LocalDate.now().plusDays(10));
        // another agency can't see it at all
        assertThat(act("cat.lanhdao", id, "reports", "x", 10, 0)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/assignments/" + id + "/timeline")
                .header("Authorization", ApiClient.bearer(mvc, "cat.chuyenvien")).exchange()).hasStatus(404);
        // an officer drafts (completion too) but doesn't decline; a head doesn't confirm
        assertThat(status(act("stc.chuyenvien", id, "completion", "Dự thảo báo cáo hoàn thành", null, 0))).isEqualTo("ASSIGNED");
        assertThat(act("stc.chuyenvien", id, "decline", "x", null, 0)).hasStatus(403);
        assertThat(act("stc.lanhdao", id, "confirm", null, null, 0)).hasStatus(403);
        // leader and inspector don't act on assignments
        assertThat(act("kiemtra", id, "confirm", null, null, 0)).hasStatus(403);
        assertThat(act("lanhdao", id, "reports", "x", 10, 0)).hasStatus(403);
        // bad input
        assertThat(act("stc.lanhdao", id, "reports", "x", 150, 0)).hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/assignments/" + id + "/reports")
                .header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).contentType("application/json")
                .content("{\"text\":\"thiếu version\"}").exchange()).hasStatus(400);
        // a declined task waits for the secretariat
        assertThat(status(act("stc.lanhdao", id, "decline", "Không thuộc chức năng của Sở", null, 0))).isEqualTo("DECLINED");
        assertThat(act("stc.lanhdao", id, "reports", "x", 10, 1)).hasStatus(409);
    }
}
