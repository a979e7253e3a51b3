package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Web;

/**
 * The task page, inbox, search and audit pages for every role: the right forms, refused forms shown again with
 * what was typed, stored XSS in task content, comments and file names rendered as text.
 */
@DondocTest
@Tag("smoke")
class TaskPagesTest {

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

    String page(String user, String uri, int status) throws Exception {
        var r = mvc.get().uri(uri).session(Web.session(mvc, user)).exchange();
        assertThat(r).hasStatus(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Notices are closed to agency roles: the list's notice filter offers them none (numbers and titles leak otherwise). */
    @Test
    void theNoticeFilterListsNoNoticesToAgencyRoles() throws Exception {
        java.util.regex.Pattern option = java.util.regex.Pattern.compile(
                "<select[^>]*id=\"filter-notice\"[^>]*>(.*?)</select>", java.util.regex.Pattern.DOTALL);
        for (DemoUsers.Demo d : DemoUsers.ONE_PER_ROLE) {
            if (!d.role().startsWith("AGENCY")) {
                continue;
            }
            var m = option.matcher(page(d.username(), "/tasks", 200));
            assertThat(m.find()).as(d.username()).isTrue();
            assertThat(m.group(1).split("<option").length - 1).as(d.username() + " notice options").isEqualTo(1);
        }
    }

    @Test
    void everyRoleSeesTheTaskPageWithItsOwnForms() throws Exception {
        long task = f.task("Xây dựng kho dữ liệu ngân sách dùng chung.", LocalDate.now().plusDays(12));
        for (DemoUsers.Demo d : DemoUsers.ONE_PER_ROLE) {
            String html = page(d.username(), "/tasks/" + task, 200);
            assertThat(html).as(d.username()).contains("Xây dựng kho dữ liệu ngân sách dùng chung.").doesNotContain("??");
            boolean secretariat = d.role().equals("SECRETARIAT") || d.role().equals("ADMIN");
            assertThat(html.contains("id=\"edit-task\"")).as(d.username() + " edit").isEqualTo(secretariat);
            assertThat(html.contains("data-action=\"REPORT_COMPLETION\"")).as(d.username() + " completion")
                    .isEqualTo(d.role().startsWith("AGENCY"));
            assertThat(html.contains("data-action=\"CANCEL\"")).as(d.username() + " cancel").isEqualTo(secretariat);
        }
        // stc sees only its assignment, Công an tỉnh its own, Sở Nội vụ nothing
        assertThat(page("stc.lanhdao", "/tasks/" + task, 200)).contains("Sở Tài chính").doesNotContain(">Công an tỉnh<");
        assertThat(page("cat.lanhdao", "/tasks/" + task, 200)).contains("Công an tỉnh").doesNotContain(">Sở Tài chính<");
        assertThat(page("snv.lanhdao", "/tasks/" + task, 404)).contains("Không tìm thấy nhiệm vụ");
    }

    @Test
    void aRefusedReportIsShownAgainWithWhatWasTyped() throws Exception {
        long task = f.task("Đánh giá hiệu quả đầu tư hạ tầng số.", LocalDate.now().plusDays(12));
        long lead = f.assignment(task, "Sở Tài chính");
        var r = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao")).with(csrf())
                .param("action", "REPORT_PROGRESS").param("text", "Đã khảo sát 20 điểm").param("percent", "35")
                .param("version", "5").exchange();
        assertThat(r).hasStatus(409);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("vừa được người khác cập nhật", "Đã khảo sát 20 điểm", "value=\"35\"");

        var ok = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao")).with(csrf())
                .param("action", "REPORT_PROGRESS").param("text", "Đã khảo sát 20 điểm").param("percent", "35")
                .param("version", "0").exchange();
        assertThat(ok).hasStatus(302);
        assertThat(f.assignmentView(task, lead).get("progressPercent").asInt()).isEqualTo(35);

        var missingReason = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/extension")
                .session(Web.session(mvc, "stc.lanhdao")).with(csrf())
                .param("deadline", LocalDate.now().plusDays(40).toString()).param("version", "1").exchange();
        assertThat(missingReason).hasStatus(400);
        assertThat(missingReason.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Cần nêu lý do xin gia hạn",
                LocalDate.now().plusDays(40).toString());
        // without a CSRF token nothing happens
        assertThat(mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.lanhdao"))
                .param("action", "REPORT_PROGRESS").param("text", "x").param("version", "1").exchange()).hasStatus(403);
    }

    @Test
    void storedScriptsInContentCommentsAndFileNamesAreRenderedAsText() throws Exception {
        String evil = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        long task = tasks.issue(null, List.of(new NewTask("1", "Nhiệm vụ " + evil, LocalDate.now().plusDays(9), null, null,
                false, null, List.of(f.agency("Sở Tài chính")), List.of()))).get(0);
        long lead = f.assignment(task, "Sở Tài chính");
        assertThat(mvc.post().uri("/tasks/" + task + "/comments").session(Web.session(mvc, "lanhdao")).with(csrf())
                .param("text", "Ý kiến " + evil).exchange()).hasStatus(302);
        var upload = mvc.post().uri("/tasks/" + task + "/assignments/" + lead + "/act").session(Web.session(mvc, "stc.chuyenvien"))
                .with(csrf()).multipart()
                .file(new MockMultipartFile("files", "<img src=x onerror=alert(2)>.pdf", "application/pdf", ReportingFlowTest.PDF))
                .param("action", "REPORT_PROGRESS").param("text", "Báo cáo " + evil).param("version", "0").exchange();
        assertThat(upload).hasStatus(302);
        for (String user : List.of("thuongtruc", "stc.lanhdao")) {
            String html = page(user, "/tasks/" + task, 200);
            assertThat(html).as(user).doesNotContain("<script>alert", "<img src=x", "onerror=alert(2)>")
                    .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;.pdf");
        }
        String list = page("thuongtruc", "/tasks?q=" + task, 200);
        assertThat(list).doesNotContain("<script>alert");
        String search = page("thuongtruc", "/search?q=onerror alert", 200);
        assertThat(search).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void inboxSearchAndAuditPages() throws Exception {
        long task = f.task("Số hóa hồ sơ quyết toán dự án tại Quý I.", LocalDate.now().minusDays(2));
        assertThat(page("stc.lanhdao", "/inbox", 200)).contains("Việc của đơn vị", "Quá hạn", "Số hóa hồ sơ quyết toán")
                .containsPattern("href=\"/tasks/" + task + "#a\\d+\"");
        assertThat(page("thuongtruc", "/inbox", 200)).contains("Việc cần xử lý");
        assertThat(page("kiemtra", "/inbox", 200)).doesNotContain("Số hóa hồ sơ quyết toán");

        assertThat(page("stc.chuyenvien", "/search?q=so hoa ho so quyet toan quy i", 200)).contains("Số hóa hồ sơ quyết toán dự án");
        assertThat(page("snv.chuyenvien", "/search?q=so hoa ho so quyet toan quy i", 200))
                .doesNotContain("Số hóa hồ sơ quyết toán dự án").contains("Không tìm thấy");
        assertThat(page("kiemtra", "/audit", 200)).contains("Nhật ký thay đổi");
        assertThat(page("admin", "/audit?q=giao nhiem vu", 200)).contains("Giao nhiệm vụ");
        assertThat(page("stc.lanhdao", "/audit", 403)).contains("toàn bộ nhật ký");
        assertThat(page("stc.lanhdao", "/audit/task/" + task, 200)).contains("Giao nhiệm vụ");
        assertThat(page("snv.lanhdao", "/audit/task/" + task, 200)).contains("Chưa có thay đổi");
        assertThat(task).isPositive();
    }
}
