package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/**
 * Evidence files (type by content, size, ownership), officers' drafts the head submits or discards,
 * reassigning a declined task, comments and their visibility, the secretariat's audited task edits.
 */
@DondocTest
@Tag("smoke")
class ReportingFlowTest {

    static final byte[] PDF = minimalPdf();

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

    static byte[] minimalPdf() {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    MvcTestResult upload(String user, long assignment, String name, byte[] content) {
        return mvc.post().uri("/api/v1/assignments/" + assignment + "/evidence")
                .header("Authorization", ApiClient.bearer(mvc, user))
                .multipart().file(new MockMultipartFile("file", name, "application/pdf", content)).exchange();
    }

    @Test
    void evidenceIsCheckedByContentAndSeenOnlyByWhoSeesTheAssignment() throws Exception {
        long task = f.task("Báo cáo kết quả giải ngân vốn khoa học và công nghệ.", LocalDate.now().plusDays(15));
        long lead = f.assignment(task, "Sở Tài chính");

        var ok = upload("stc.chuyenvien", lead, "bien-ban.pdf", PDF);
        assertThat(ok).hasStatus(201);
        long evidence = TaskFixture.body(ok).get("id").asLong();
        assertThat(TaskFixture.body(ok).get("mediaType").asString()).isEqualTo("application/pdf");

        var exe = upload("stc.chuyenvien", lead, "bao-cao.pdf", "MZ\u0090\u0000 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exe).hasStatus(400);
        assertThat(TaskFixture.body(exe).get("message").asString()).contains("không phải PDF, Word, Excel hay ảnh");
        var html = upload("stc.chuyenvien", lead, "anh.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html).hasStatus(400);
        assertThat(upload("stc.chuyenvien", lead, "rong.pdf", new byte[0])).hasStatus(400);
        assertThat(upload("stc.chuyenvien", lead, "lon.pdf", new byte[21 * 1024 * 1024])).hasStatus(413);
        assertThat(upload("cat.chuyenvien", lead, "x.pdf", PDF)).hasStatus(404);
        assertThat(upload("thuongtruc", lead, "x.pdf", PDF)).hasStatus(403);

        var download = mvc.get().uri("/api/v1/evidence/" + evidence).header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange();
        assertThat(download).hasStatus(200);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("bien-ban.pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(mvc.get().uri("/api/v1/evidence/" + evidence).header("Authorization", ApiClient.bearer(mvc, "lanhdao")).exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/evidence/" + evidence).header("Authorization", ApiClient.bearer(mvc, "cat.lanhdao")).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/evidence/999999").header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange()).hasStatus(404);

        // another assignment's evidence can't be slipped into this report
        long support = f.assignment(task, "Công an tỉnh");
        long foreign = TaskFixture.body(upload("cat.chuyenvien", support, "ca.pdf", PDF)).get("id").asLong();
        var slipped = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đã giải ngân 40%\",\"percent\":40,\"version\":0,\"evidence\":[" + foreign + "]}");
        assertThat(slipped).hasStatus(400);
        var reported = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đã giải ngân 40%\",\"percent\":40,\"version\":0,\"evidence\":[" + evidence + "]}");
        assertThat(reported).hasStatus(200);
        JsonNode files = f.get("stc.lanhdao", "/api/v1/assignments/" + lead + "/evidence");
        assertThat(files.get(0).get("eventId").isNull()).isFalse();
    }

    @Test
    void theHeadSubmitsOrDiscardsTheOfficersDrafts() throws Exception {
        long task = f.task("Tổng hợp nhu cầu kinh phí chuyển đổi số năm 2027.", LocalDate.now().plusDays(15));
        long lead = f.assignment(task, "Sở Tài chính");
        long evidence = TaskFixture.body(upload("stc.chuyenvien", lead, "nhu-cau.pdf", PDF)).get("id").asLong();
        assertThat(f.post("stc.chuyenvien", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Đã tổng hợp 12/15 đơn vị\",\"percent\":80,\"version\":0,\"evidence\":[" + evidence + "]}")).hasStatus(200);
        assertThat(f.post("stc.chuyenvien", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Bản nháp thứ hai\",\"percent\":85,\"version\":0}")).hasStatus(200);
        JsonNode timeline = f.get("stc.lanhdao", "/api/v1/assignments/" + lead + "/timeline");
        long first = timeline.get(0).get("id").asLong();
        long secondDraft = timeline.get(1).get("id").asLong();
        assertThat(timeline.get(0).get("draftStatus").asString()).isEqualTo("PENDING");
        JsonNode inbox = f.get("stc.lanhdao", "/api/v1/inbox");
        assertThat(inbox.toString()).contains("\"drafts\"");

        // the officer can't submit; the head submits the first draft as it is
        assertThat(f.post("stc.chuyenvien", "/api/v1/assignments/" + lead + "/drafts/" + first + "/discard", "{}")).hasStatus(403);
        var submitted = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports", "{\"version\":0,\"draft\":" + first + "}");
        assertThat(submitted).hasStatus(200);
        JsonNode view = f.assignmentView(task, lead);
        assertThat(view.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(view.get("progressPercent").asInt()).isEqualTo(80);
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports", "{\"version\":1,\"draft\":" + first + "}"))
                .hasStatus(409);
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/drafts/" + secondDraft + "/discard", "{}")).hasStatus(200);
        timeline = f.get("stc.lanhdao", "/api/v1/assignments/" + lead + "/timeline");
        assertThat(timeline.valueStream().map(e -> e.get("draftStatus")).filter(d -> !d.isNull()).map(JsonNode::asString))
                .containsExactly("SUBMITTED", "DISCARDED");
        JsonNode files = f.get("stc.lanhdao", "/api/v1/assignments/" + lead + "/evidence");
        assertThat(files.get(0).get("eventId").asLong()).isEqualTo(timeline.get(2).get("id").asLong());
    }

    @Test
    void aDeclinedAssignmentIsReassigned() throws Exception {
        long task = f.task("Xây dựng phương án bảo đảm an ninh mạng cho kho dữ liệu dùng chung.", LocalDate.now().plusDays(30));
        long lead = f.assignment(task, "Sở Tài chính");
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/decline",
                "{\"text\":\"Không thuộc chức năng, nhiệm vụ của Sở Tài chính\",\"version\":0}")).hasStatus(200);
        assertThat(f.get("thuongtruc", "/api/v1/inbox").toString()).contains("\"declined\"");
        long skhcn = f.agency("Sở Khoa học và Công nghệ");
        assertThat(f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reassign",
                "{\"agency\":" + skhcn + ",\"version\":1}")).hasStatus(403);
        assertThat(f.post("thuongtruc", "/api/v1/assignments/" + lead + "/reassign",
                "{\"agency\":" + f.agency("Sở Tài chính") + ",\"version\":1}")).hasStatus(400);
        var r = f.post("thuongtruc", "/api/v1/assignments/" + lead + "/reassign",
                "{\"agency\":" + skhcn + ",\"reason\":\"Đúng chức năng\",\"version\":1}");
        assertThat(r).hasStatus(200);
        long created = TaskFixture.body(r).get("replacement").asLong();
        assertThat(f.assignmentView(task, lead).get("status").asString()).isEqualTo("CANCELLED");
        JsonNode fresh = f.assignmentView(task, created);
        assertThat(fresh.get("agencyName").asString()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(fresh.get("role").asString()).isEqualTo("LEAD");
        assertThat(fresh.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(f.get("skhcn.lanhdao", "/api/v1/tasks?notice=&q=kho du lieu dung chung").get("items").findValuesAsString("agencyName"))
                .contains("Sở Khoa học và Công nghệ");
        assertThat(f.post("skhcn.chuyenvien", "/api/v1/assignments/" + created + "/acknowledge", "{\"version\":0}")).hasStatus(200);
        assertThat(f.assignmentView(task, created).get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void commentsAreSeenByTheTaskAndTheAgencyTheyConcern() throws Exception {
        long task = f.task("Triển khai ứng dụng định danh điện tử trong thanh toán học phí.", LocalDate.now().plusDays(30));
        long lead = f.assignment(task, "Sở Tài chính");
        long support = f.assignment(task, "Công an tỉnh");
        assertThat(f.post("lanhdao", "/api/v1/tasks/" + task + "/comments", "{\"text\":\"Đề nghị khẩn trương triển khai\"}")).hasStatus(201);
        assertThat(f.post("thuongtruc", "/api/v1/tasks/" + task + "/comments",
                "{\"text\":\"Sở Tài chính báo cáo số liệu riêng\",\"assignment\":" + lead + "}")).hasStatus(201);
        assertThat(f.post("cat.lanhdao", "/api/v1/tasks/" + task + "/comments", "{\"text\":\"Công an tỉnh đã sẵn sàng dữ liệu\"}")).hasStatus(201);
        assertThat(f.post("cat.lanhdao", "/api/v1/tasks/" + task + "/comments",
                "{\"text\":\"x\",\"assignment\":" + lead + "}")).hasStatus(404);
        assertThat(f.post("kiemtra", "/api/v1/tasks/" + task + "/comments", "{\"text\":\"x\"}")).hasStatus(403);
        assertThat(f.post("stc.lanhdao", "/api/v1/tasks/" + task + "/comments", "{\"text\":\"   \"}")).hasStatus(400);

        assertThat(f.get("stc.chuyenvien", "/api/v1/tasks/" + task + "/comments").findValuesAsString("text"))
                .containsExactly("Đề nghị khẩn trương triển khai", "Sở Tài chính báo cáo số liệu riêng");
        assertThat(f.get("cat.chuyenvien", "/api/v1/tasks/" + task + "/comments").findValuesAsString("text"))
                .containsExactly("Đề nghị khẩn trương triển khai", "Công an tỉnh đã sẵn sàng dữ liệu");
        assertThat(f.get("kiemtra", "/api/v1/tasks/" + task + "/comments")).hasSize(3);
        assertThat(support).isPositive();
    }

    @Test
    void theSecretariatEditsATaskAndTheAuditLogKeepsBeforeAndAfter() throws Exception {
        LocalDate deadline = LocalDate.now().plusDays(20);
        long task = f.task("Rà soát danh mục dữ liệu mở.", deadline);
        long lead = f.assignment(task, "Sở Tài chính");
        String edit = "{\"ref\":\"II.3.a\",\"content\":\"Rà soát, công bố danh mục dữ liệu mở của tỉnh.\",\"deadline\":\""
                + deadline.plusDays(10) + "\",\"deadline_text\":\"trong tháng 12\",\"version\":%d}";
        assertThat(f.post("stc.lanhdao", "/api/v1/tasks/" + task, "{}")).hasStatus(405);
        assertThat(mvc.patch().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao"))
                .contentType("application/json").content(edit.formatted(0)).exchange()).hasStatus(403);
        assertThat(mvc.patch().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                .contentType("application/json").content(edit.formatted(0)).exchange()).hasStatus(200);
        var stale = mvc.patch().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                .contentType("application/json").content(edit.formatted(0)).exchange();
        assertThat(stale).hasStatus(409);
        assertThat(TaskFixture.body(stale).get("message").asString()).contains("vừa được người khác sửa");

        JsonNode t = f.get("stc.lanhdao", "/api/v1/tasks/" + task);
        assertThat(t.get("content").asString()).isEqualTo("Rà soát, công bố danh mục dữ liệu mở của tỉnh.");
        assertThat(f.assignmentView(task, lead).get("deadline").asString()).isEqualTo(deadline.plusDays(10).toString());

        JsonNode audit = f.get("thuongtruc", "/api/v1/audit?task=" + task);
        JsonNode editEntry = null;
        for (JsonNode e : audit.get("items")) {
            if (e.get("action").asString().equals("EDIT_TASK")) {
                editEntry = e;
            }
        }
        assertThat(editEntry).isNotNull();
        assertThat(editEntry.get("before").asString()).contains("Rà soát danh mục dữ liệu mở.");
        assertThat(editEntry.get("after").asString()).contains("công bố danh mục");
        assertThat(editEntry.get("actorName").asString()).isNotBlank();

        // who reads the log
        assertThat(mvc.get().uri("/api/v1/audit").header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/audit").header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/audit").header("Authorization", ApiClient.bearer(mvc, "kiemtra")).exchange()).hasStatus(200);
        assertThat(f.get("snv.lanhdao", "/api/v1/audit?task=" + task).get("items")).isEmpty();
        var csv = mvc.get().uri("/api/v1/audit/export?task=" + task).header("Authorization", ApiClient.bearer(mvc, "kiemtra")).exchange();
        assertThat(csv).hasStatus(200);
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFThời điểm").contains("EDIT_TASK");
    }
}
