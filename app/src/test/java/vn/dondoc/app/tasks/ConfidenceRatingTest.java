package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Web;

/**
 * The confidence rating of progress and completion reports (DOMAIN.md): amber and red need a reason (400 in the API,
 * the form shown again with what was typed), the rating is kept on the report and as the assignment's latest, an
 * officer's draft carries its own rating which the head may change, a report without one leaves the latest as it
 * is, and the task page shows the latest and each report's.
 */
@DondocTest
class ConfidenceRatingTest {

    @Autowired MockMvcTester mvc;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;

    TaskFixture f;

    @BeforeEach
    void fixture() {
        f = new TaskFixture(mvc, tasks, agencies);
    }

    /** The assignment's latest rating as stored: confidence, confidence_note, whether confidence_at is set, version. */
    Map<String, Object> latest(long assignment) {
        return jdbc.sql("select confidence, confidence_note, confidence_at is not null as rated, version from assignment where id = ?")
                .param(assignment).query().singleRow();
    }

    /** A radio button rendered checked. */
    static String checked(String id) {
        return "id=\"" + id + "\"[^>]*checked";
    }

    long events(long assignment) {
        return jdbc.sql("select count(*) from assignment_event where assignment_id = ?").param(assignment)
                .query(Long.class).single();
    }

    JsonNode lastEvent(long assignment) throws Exception {
        JsonNode timeline = f.get("stc.lanhdao", "/api/v1/assignments/" + assignment + "/timeline");
        return timeline.get(timeline.size() - 1);
    }

    @Test
    void redWithoutAReasonIsRefusedAndNothingIsStored() throws Exception {
        long task = f.task("Hoàn thành cơ sở dữ liệu đất đai cấp tỉnh.", LocalDate.now().plusDays(20));
        long lead = f.assignment(task, "Sở Tài chính");

        var refused = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đã số hóa 30% hồ sơ\",\"percent\":30,\"version\":0,\"confidence\":\"red\"}");
        assertThat(refused).hasStatus(400);
        JsonNode error = TaskFixture.body(refused);
        assertThat(error.get("code").asString()).isEqualTo("confidence_note_required");
        assertThat(error.get("message").asString()).isEqualTo("Cần ghi rõ lý do khi đánh giá mức vàng hoặc đỏ.");
        var blank = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/completion",
                "{\"text\":\"Đã xong\",\"version\":0,\"confidence\":\"AMBER\",\"confidence_note\":\"   \"}");
        assertThat(blank).hasStatus(400);
        assertThat(TaskFixture.body(blank).get("code").asString()).isEqualTo("confidence_note_required");
        var unknown = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"x\",\"version\":0,\"confidence\":\"purple\"}");
        assertThat(unknown).hasStatus(400);
        assertThat(TaskFixture.body(unknown).get("code").asString()).isEqualTo("confidence_invalid");
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/decline",
                "{\"text\":\"Không đúng chức năng\",\"version\":0,\"confidence\":\"red\",\"confidence_note\":\"x\"}"))
                .hasStatus(400);

        assertThat(events(lead)).isZero();
        Map<String, Object> row = latest(lead);
        assertThat(row.get("confidence")).isNull();
        assertThat(row.get("rated")).isEqualTo(false);
        assertThat(((Number) row.get("version")).intValue()).isZero();
        assertThat(f.assignmentView(task, lead).get("status").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void aRatingWithItsReasonIsKeptOnTheReportAndAsTheLatest() throws Exception {
        long task = f.task("Đưa trung tâm dữ liệu tỉnh vào vận hành.", LocalDate.now().plusDays(20));
        long lead = f.assignment(task, "Sở Tài chính");

        var red = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Chưa có mặt bằng lắp đặt\",\"percent\":20,\"version\":0,\"confidence\":\"red\","
                        + "\"confidence_note\":\" Chờ bàn giao mặt bằng từ Sở Xây dựng \"}");
        assertThat(red).hasStatus(200);
        JsonNode event = lastEvent(lead);
        assertThat(event.get("action").asString()).isEqualTo("REPORT_PROGRESS");
        assertThat(event.get("confidence").asString()).isEqualTo("RED");
        assertThat(event.get("confidenceNote").asString()).isEqualTo("Chờ bàn giao mặt bằng từ Sở Xây dựng");
        Map<String, Object> row = latest(lead);
        assertThat(row.get("confidence")).isEqualTo("RED");
        assertThat(row.get("confidence_note")).isEqualTo("Chờ bàn giao mặt bằng từ Sở Xây dựng");
        assertThat(row.get("rated")).isEqualTo(true);

        // a report without a rating (an API client that doesn't rate) leaves the latest as it is
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đã có văn bản bàn giao\",\"percent\":30,\"version\":1}")).hasStatus(200);
        assertThat(lastEvent(lead).get("confidence").isNull()).isTrue();
        assertThat(latest(lead).get("confidence")).isEqualTo("RED");

        // the audit log keeps the rating
        JsonNode audit = f.get("thuongtruc", "/api/v1/audit?task=" + task);
        assertThat(audit.get("items").toString()).contains("RED", "Chờ bàn giao mặt bằng từ Sở Xây dựng",
                "đỏ – không kịp hạn");

        // completion: the rating given is stored (green, no reason needed)
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/completion",
                "{\"text\":\"Đã đưa vào vận hành\",\"version\":2,\"confidence\":\"green\"}")).hasStatus(200);
        assertThat(lastEvent(lead).get("confidence").asString()).isEqualTo("GREEN");
        assertThat(latest(lead).get("confidence")).isEqualTo("GREEN");
        assertThat(latest(lead).get("confidence_note")).isNull();
    }

    @Test
    void aDraftsRatingIsCarriedWhenTheHeadSubmitsItAndMayBeChanged() throws Exception {
        long task = f.task("Lập đề án phát triển kinh tế số của tỉnh.", LocalDate.now().plusDays(20));
        long lead = f.assignment(task, "Sở Tài chính");
        assertThat(f.post("stc.chuyenvien", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đang lấy ý kiến các sở\",\"percent\":40,\"version\":0,\"confidence\":\"amber\"}"))
                .hasStatus(400);
        assertThat(f.post("stc.chuyenvien", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đang lấy ý kiến các sở\",\"percent\":40,\"version\":0,\"confidence\":\"amber\","
                        + "\"confidence_note\":\"Ba sở chưa gửi ý kiến\"}")).hasStatus(200);
        JsonNode draft = lastEvent(lead);
        assertThat(draft.get("draftStatus").asString()).isEqualTo("PENDING");
        assertThat(draft.get("confidence").asString()).isEqualTo("AMBER");
        assertThat(latest(lead).get("confidence")).as("a draft is not yet the agency's rating").isNull();

        var submitted = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"version\":0,\"draft\":" + draft.get("id").asLong() + "}");
        assertThat(submitted).hasStatus(200);
        JsonNode report = lastEvent(lead);
        assertThat(report.get("action").asString()).isEqualTo("REPORT_PROGRESS");
        assertThat(report.get("confidence").asString()).isEqualTo("AMBER");
        assertThat(report.get("confidenceNote").asString()).isEqualTo("Ba sở chưa gửi ý kiến");
        assertThat(latest(lead).get("confidence")).isEqualTo("AMBER");
        assertThat(latest(lead).get("confidence_note")).isEqualTo("Ba sở chưa gửi ý kiến");

        // the head changes a draft's rating: to red, a reason of the head's own is needed
        assertThat(f.post("stc.chuyenvien", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đã nhận đủ ý kiến\",\"percent\":60,\"version\":1,\"confidence\":\"amber\","
                        + "\"confidence_note\":\"Còn chờ thẩm định\"}")).hasStatus(200);
        long second = lastEvent(lead).get("id").asLong();
        var noReason = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"version\":1,\"draft\":" + second + ",\"confidence\":\"red\"}");
        assertThat(noReason).hasStatus(400);
        assertThat(TaskFixture.body(noReason).get("message").asString()).isEqualTo("Cần ghi rõ lý do khi đánh giá mức vàng hoặc đỏ.");
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"version\":1,\"draft\":" + second + ",\"confidence\":\"green\"}")).hasStatus(200);
        assertThat(lastEvent(lead).get("confidence").asString()).isEqualTo("GREEN");
        assertThat(lastEvent(lead).get("confidenceNote").isNull()).as("the officer's amber reason does not follow a green").isTrue();
        assertThat(latest(lead).get("confidence")).isEqualTo("GREEN");
    }

    @Test
    void theFormAsksForTheRatingAndARefusalKeepsWhatWasTyped() throws Exception {
        long task = f.task("Triển khai hệ thống quản lý văn bản liên thông cấp xã.", LocalDate.now().plusDays(20));
        long lead = f.assignment(task, "Sở Tài chính");
        String page = mvc.get().uri("/tasks/" + task).session(Web.session(mvc, "stc.lanhdao")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Khả năng hoàn thành đúng hạn", "Xanh – đúng tiến độ", "Vàng – có nguy cơ chậm",
                "Đỏ – không kịp hạn", "name=\"confidence_note\"");
        // nothing rated yet: the progress form starts on green
        assertThat(page).containsPattern(checked("conf-" + lead + "-REPORT_PROGRESS-conf-GREEN"));

        var refused = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao"))
                .with(csrf()).param("action", "REPORT_PROGRESS").param("text", "Đã triển khai tại 12/25 xã")
                .param("percent", "48").param("confidence", "RED").param("confidence_note", "").param("version", "0")
                .exchange();
        assertThat(refused).hasStatus(400);
        String html = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Cần ghi rõ lý do khi đánh giá mức vàng hoặc đỏ.", "Đã triển khai tại 12/25 xã", "value=\"48\"")
                .containsPattern(checked("conf-" + lead + "-REPORT_PROGRESS-conf-RED"))
                .doesNotContainPattern(checked("conf-" + lead + "-REPORT_PROGRESS-conf-GREEN"));
        assertThat(events(lead)).isZero();

        var ok = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao"))
                .with(csrf()).param("action", "REPORT_PROGRESS").param("text", "Đã triển khai tại 12/25 xã")
                .param("percent", "48").param("confidence", "AMBER").param("confidence_note", "Thiếu máy chủ tại 5 xã miền núi")
                .param("version", "0").exchange();
        assertThat(ok).hasStatus(302);
        assertThat(latest(lead).get("confidence")).isEqualTo("AMBER");
        String after = mvc.get().uri("/tasks/" + task).session(Web.session(mvc, "thuongtruc")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("confidence-latest", "Thiếu máy chủ tại 5 xã miền núi", "data-confidence=\"AMBER\"");
        // the agency's next progress report starts on its latest rating
        String head = mvc.get().uri("/tasks/" + task).session(Web.session(mvc, "stc.lanhdao")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(head).containsPattern(checked("conf-" + lead + "-REPORT_PROGRESS-conf-AMBER"));
    }

    @Test
    void theHeadSeesTheDraftsRatingOnTheSubmitForm() throws Exception {
        long task = f.task("Chuẩn hóa dữ liệu hộ tịch điện tử.", LocalDate.now().plusDays(20));
        long lead = f.assignment(task, "Sở Tài chính");
        var drafted = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.chuyenvien"))
                .with(csrf()).param("action", "REPORT_PROGRESS").param("text", "Đã chuẩn hóa 40% dữ liệu")
                .param("percent", "40").param("confidence", "RED").param("confidence_note", "Phần mềm chưa được nâng cấp")
                .param("version", "0").exchange();
        assertThat(drafted).hasStatus(302);
        long draft = lastEvent(lead).get("id").asLong();
        String html = mvc.get().uri("/tasks/" + task).session(Web.session(mvc, "stc.lanhdao")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Phần mềm chưa được nâng cấp")
                .containsPattern(checked("a" + lead + "-d" + draft + "-conf-RED"));
        // the head lowers it to amber without a reason of their own: refused, the draft form open again
        var refused = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao"))
                .with(csrf()).param("action", "REPORT_PROGRESS").param("draft", String.valueOf(draft))
                .param("confidence", "AMBER").param("confidence_note", "").param("version", "0").exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .containsPattern(checked("a" + lead + "-d" + draft + "-conf-AMBER"));
        var submitted = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao"))
                .with(csrf()).param("action", "REPORT_PROGRESS").param("draft", String.valueOf(draft))
                .param("confidence", "RED").param("confidence_note", "Phần mềm chưa được nâng cấp").param("version", "0")
                .exchange();
        assertThat(submitted).hasStatus(302);
        assertThat(latest(lead).get("confidence")).isEqualTo("RED");
        assertThat(lastEvent(lead).get("percent").asInt()).isEqualTo(40);
    }
}
