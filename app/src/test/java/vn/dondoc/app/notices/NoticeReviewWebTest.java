package vn.dondoc.app.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/**
 * The review page's web endpoints (session login + CSRF): the page itself, saving header and tasks with the
 * version check, per-task messages, the agency picker's search, issuing, and who may do what.
 */
@DondocTest
class NoticeReviewWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NoticeService notices;

    final JsonMapper json = JsonMapper.builder().build();
    static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    MockHttpSession session(String username) {
        return SESSIONS.computeIfAbsent(username, u -> {
            var r = mvc.post().uri("/login").param("username", u).param("password", DemoUsers.PASSWORD).with(csrf())
                    .exchange();
            assertThat(r).hasStatus(302);
            return (MockHttpSession) r.getRequest().getSession();
        });
    }

    JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String html(MvcTestResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Uploads the test notice through the API and waits for its extraction; returns its id. */
    long uploaded() throws Exception {
        String number = ReviewNotice.uniqueNumber();
        var r = mvc.post().uri("/api/v1/notices").multipart()
                .file(new MockMultipartFile("file", "ra-soat-" + number + ".txt", "text/plain",
                        ReviewNotice.TEXT.formatted(number).getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange();
        assertThat(r).hasStatus(202);
        long id = body(r).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (notices.find(id).orElseThrow().status() != NoticeStatus.PROCESSING) {
                assertThat(notices.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.REVIEW);
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("extraction of notice " + id + " did not finish");
    }

    ObjectNode reviewOf(long id) {
        ObjectNode extraction = (ObjectNode) json.readTree(notices.extractionJson(id).orElseThrow());
        ObjectNode body = json.createObjectNode();
        body.put("version", notices.find(id).orElseThrow().version());
        ObjectNode header = body.putObject("header");
        for (String f : new String[] {"number", "issuer", "issued_date", "meeting_date", "chair", "title"}) {
            header.set(f, extraction.get(f));
        }
        body.set("tasks", extraction.get("tasks"));
        return body;
    }

    MvcTestResult save(String user, long id, Object body) {
        return mvc.post().uri("/notices/" + id + "/review").session(session(user)).with(csrf())
                .contentType("application/json").content(body.toString()).exchange();
    }

    static ObjectNode taskContaining(ObjectNode review, String text) {
        for (JsonNode t : review.get("tasks")) {
            if (t.get("content").asString().contains(text)) {
                return (ObjectNode) t;
            }
        }
        throw new AssertionError("no task with " + text);
    }

    @Test
    void theReviewPageShowsTheOriginalTextAndEditableTasks() throws Exception {
        long id = uploaded();
        var page = mvc.get().uri("/notices/" + id).session(session("thuongtruc")).exchange();
        assertThat(page).hasStatus(200);
        String html = html(page);
        assertThat(html).contains("id=\"review-editor\"", "id=\"notice-text\"", "/js/review.js", "/css/review.css",
                "Ban hành", "Lưu thay đổi", "Sở Nội vụ", "Thông tin chung", "data-text-start=", "02 tuần một lần")
                .contains("tỉnh kết luận như sau:") // the original text
                .doesNotContain("??review");
        assertThat(html.split("class=\"card task-card", -1).length - 1).as("cards plus the blank template")
                .isEqualTo(notices.review(id).orElseThrow().tasks().size() + 1);
        // the standing task is ticked, the quarterly report selected
        assertThat(html).containsPattern("name=\"standing\"\\s+checked");
        assertThat(html).containsPattern("value=\"P3M\"\\s+selected");

        // the highlighted passage of a task is its own item in the text the browser gets
        NoticeReview review = notices.review(id).orElseThrow();
        ReviewTask second = review.tasks().stream().filter(t -> t.content().contains("chuẩn hóa quy trình"))
                .findFirst().orElseThrow();
        assertThat(review.text().substring(second.textStart(), second.textEnd())).startsWith("2. Giao Sở Nội vụ");
    }

    @Test
    void savingKeepsHeaderAndTasksAndAStaleVersionChangesNothing() throws Exception {
        long id = uploaded();
        ObjectNode review = reviewOf(id);
        int version = review.get("version").asInt();
        ((ObjectNode) review.get("header")).put("title", "Kết luận về nền tảng số dùng chung (đã rà soát)");
        ((ObjectNode) review.get("header")).put("chair", "Lê Thị Hoa");
        ((ObjectNode) review.get("header")).put("meeting_date", "2026-11-18");
        ObjectNode internal = taskContaining(review, "chuẩn hóa quy trình");
        internal.putArray("lead").add("Sở Tài chính");
        internal.putArray("support").add("Sở Nội vụ").add("Các Sở");
        internal.put("deadline", "2027-02-28");
        internal.put("deadline_text", "");
        ArrayNode tasks = (ArrayNode) review.get("tasks");
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).get("content").asString().contains("an ninh, an toàn thông tin")) {
                tasks.remove(i);
                break;
            }
        }
        int count = tasks.size();

        var saved = save("thuongtruc", id, review);
        assertThat(saved).hasStatus(200);
        String fragment = html(saved);
        assertThat(fragment).contains("id=\"review-editor\"", "data-version=\"" + (version + 1) + "\"",
                "đã rà soát");
        assertThat(fragment).containsPattern("Nhóm · \\d+ cơ quan");
        assertThat(fragment).doesNotContain("<html");

        NoticeSummary n = notices.find(id).orElseThrow();
        assertThat(n.version()).isEqualTo(version + 1);
        assertThat(n.title()).isEqualTo("Kết luận về nền tảng số dùng chung (đã rà soát)");
        assertThat(n.meetingDate()).hasToString("2026-11-18");
        assertThat(n.taskCount()).isEqualTo(count);
        JsonNode stored = json.readTree(notices.extractionJson(id).orElseThrow());
        assertThat(stored.get("title").asString()).endsWith("(đã rà soát)");
        assertThat(stored.get("tasks").size()).isEqualTo(count);
        JsonNode t = taskContaining((ObjectNode) stored, "chuẩn hóa quy trình");
        assertThat(t.get("lead").get(0).asString()).isEqualTo("Sở Tài chính");
        assertThat(t.get("deadline").asString()).isEqualTo("2027-02-28");
        assertThat(t.get("deadline_text").isNull()).isTrue();
        assertThat(t.get("span_start").asInt()).isPositive();

        // somebody saved meanwhile: 409 with the Vietnamese message, nothing changed
        String before = notices.extractionJson(id).orElseThrow();
        ((ObjectNode) review.get("header")).put("title", "Tiêu đề ghi đè");
        var stale = save("thuongtruc", id, review);
        assertThat(stale).hasStatus(409);
        assertThat(body(stale).get("code").asString()).isEqualTo("stale");
        assertThat(body(stale).get("message").asString()).contains("vừa được người khác sửa");
        assertThat(notices.extractionJson(id).orElseThrow()).isEqualTo(before);
        assertThat(notices.find(id).orElseThrow().version()).isEqualTo(version + 1);
        assertThat(notices.find(id).orElseThrow().title()).endsWith("(đã rà soát)");
    }

    @Test
    void invalidTasksAreRefusedWithAMessagePerTaskAndNothingIsSaved() throws Exception {
        long id = uploaded();
        ObjectNode review = reviewOf(id);
        ArrayNode tasks = (ArrayNode) review.get("tasks");
        ((ObjectNode) tasks.get(1)).put("content", "  ").putArray("lead");
        ((ObjectNode) tasks.get(2)).put("deadline", "31/12/2026").put("recurrence", "hằng tuần");
        String before = notices.extractionJson(id).orElseThrow();

        var r = save("thuongtruc", id, review);
        assertThat(r).hasStatus(400);
        JsonNode err = body(r);
        assertThat(err.get("code").asString()).isEqualTo("invalid_tasks");
        assertThat(err.get("problems").size()).isEqualTo(2);
        assertThat(err.get("problems").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(err.get("problems").get(0).get("message").asString()).contains("thiếu nội dung", "thiếu cơ quan chủ trì");
        assertThat(err.get("problems").get(1).get("index").asInt()).isEqualTo(2);
        assertThat(err.get("problems").get(1).get("message").asString()).contains("không phải ngày", "định kỳ");
        assertThat(notices.extractionJson(id).orElseThrow()).isEqualTo(before);

        // a header date that is no date, a body that is no JSON, a missing version
        ObjectNode badHeader = reviewOf(id);
        ((ObjectNode) badHeader.get("header")).put("issued_date", "20/11/2026");
        assertThat(body(save("thuongtruc", id, badHeader)).get("message").asString()).contains("Ngày ban hành");
        var notJson = mvc.post().uri("/notices/" + id + "/review").session(session("thuongtruc")).with(csrf())
                .contentType("application/json").content("{tasks: [").exchange();
        assertThat(notJson).hasStatus(400);
        assertThat(body(notJson).get("message").asString()).contains("JSON");
        ObjectNode noVersion = reviewOf(id);
        noVersion.remove("version");
        assertThat(save("thuongtruc", id, noVersion)).hasStatus(400);
        assertThat(notices.extractionJson(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void typedMarkupIsShownAsText() throws Exception {
        long id = uploaded();
        ObjectNode review = reviewOf(id);
        String evil = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        ((ObjectNode) review.get("tasks").get(0)).put("content", evil).put("product", "<b>đậm</b>");
        ((ObjectNode) review.get("header")).put("title", "<img src=x onerror=alert(2)>");
        var saved = save("thuongtruc", id, review);
        assertThat(saved).hasStatus(200);
        for (String html : new String[] {html(saved), html(mvc.get().uri("/notices/" + id).session(session("thuongtruc")).exchange())}) {
            assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>đậm")
                    .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    @Test
    void theAgencyPickerSearchesWithoutDiacritics() throws Exception {
        var r = mvc.get().uri("/notices/agencies?q=so tai chinh").session(session("thuongtruc")).exchange();
        assertThat(r).hasStatus(200);
        JsonNode found = body(r);
        assertThat(found.get(0).get("name").asString()).isEqualTo("Sở Tài chính");
        assertThat(found.get(0).get("group").asBoolean()).isFalse();

        JsonNode groups = body(mvc.get().uri("/notices/agencies?q=cac so").session(session("thuongtruc")).exchange());
        JsonNode allSo = null;
        for (JsonNode g : groups) {
            if (g.get("name").asString().equals("Các Sở")) {
                allSo = g;
            }
        }
        assertThat(allSo).as(groups.toString()).isNotNull();
        assertThat(allSo.get("group").asBoolean()).isTrue();
        assertThat(allSo.get("memberCount").asInt()).isGreaterThan(5).isEqualTo(allSo.get("members").size());
        assertThat(allSo.get("members").toString()).contains("Sở Tài chính");

        JsonNode related = body(mvc.get().uri("/notices/agencies?q=co quan lien quan").session(session("thuongtruc")).exchange());
        assertThat(related.get(0).get("unspecified").asBoolean()).isTrue();
        assertThat(body(mvc.get().uri("/notices/agencies?q=").session(session("thuongtruc")).exchange())).isEmpty();
    }

    @Test
    void issuingFromTheReviewPageNeedsTheSavedVersionAndLeavesTheNoticeReadOnly() throws Exception {
        long id = uploaded();
        ObjectNode review = reviewOf(id);
        // the extraction may leave a group name unresolved; the secretariat picks it from the directory
        for (JsonNode t : review.get("tasks")) {
            if (t.get("content").asString().contains("cập nhật dữ liệu")) {
                ((ObjectNode) t).putArray("lead").add("Ủy ban nhân dân các xã, phường, đặc khu");
            }
        }
        assertThat(save("thuongtruc", id, review)).hasStatus(200);
        int version = notices.find(id).orElseThrow().version();

        var stale = mvc.post().uri("/notices/" + id + "/issue").param("version", String.valueOf(version - 1))
                .session(session("thuongtruc")).with(csrf()).exchange();
        assertThat(stale).hasStatus(302);
        assertThat(stale.getMvcResult().getFlashMap().get("issueError").toString()).contains("vừa được người khác sửa");
        assertThat(notices.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.REVIEW);

        var issued = mvc.post().uri("/notices/" + id + "/issue").param("version", String.valueOf(version))
                .session(session("thuongtruc")).with(csrf()).exchange();
        assertThat(issued).hasStatus(302).hasRedirectedUrl("/notices/" + id);
        assertThat(issued.getMvcResult().getFlashMap().get("issued")).isEqualTo(review.get("tasks").size());
        assertThat(notices.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);

        String page = html(mvc.get().uri("/notices/" + id).session(session("thuongtruc")).exchange());
        assertThat(page).contains("id=\"issued-tasks-table\"", "/tasks?notice=" + id, "Đã ban hành")
                .doesNotContain("id=\"review-editor\"", "id=\"issue-form\"");
        assertThat(page.split("<tr", -1).length - 2).isEqualTo(review.get("tasks").size());

        var after = save("thuongtruc", id, reviewOf(id));
        assertThat(after).hasStatus(409);
        assertThat(body(after).get("message").asString()).contains("Đã ban hành");
    }

    @Test
    void onlyTheSecretariatAndAdminsReviewAndIssue() throws Exception {
        long id = uploaded();
        String before = notices.extractionJson(id).orElseThrow();
        ObjectNode review = reviewOf(id);
        for (String user : new String[] {"lanhdao", "kiemtra", "stc.lanhdao", "stc.chuyenvien"}) {
            assertThat(save(user, id, review)).as(user + " saves").hasStatus(403);
            assertThat(mvc.post().uri("/notices/" + id + "/issue").session(session(user)).with(csrf()).exchange())
                    .as(user + " issues").hasStatus(403);
            assertThat(mvc.get().uri("/notices/agencies?q=so").session(session(user)).exchange())
                    .as(user + " searches").hasStatus(403);
        }
        // agencies do not see notices at all; leaders and inspectors read them without the editor
        assertThat(mvc.get().uri("/notices/" + id).session(session("stc.chuyenvien")).exchange()).hasStatus(403);
        for (String user : new String[] {"lanhdao", "kiemtra"}) {
            String html = html(mvc.get().uri("/notices/" + id).session(session(user)).exchange());
            assertThat(html).contains("id=\"review-readonly\"", "id=\"extracted-tasks\"", "id=\"notice-text\"")
                    .doesNotContain("id=\"review-editor\"", "id=\"issue-form\"");
        }
        // a page request without the CSRF token is refused even for the secretariat
        assertThat(mvc.post().uri("/notices/" + id + "/review").session(session("thuongtruc"))
                .contentType("application/json").content(review.toString()).exchange()).hasStatus(403);
        // the admin may
        assertThat(save("admin", id, review)).hasStatus(200);
        JsonNode after = json.readTree(notices.extractionJson(id).orElseThrow()).get("tasks");
        JsonNode extracted = json.readTree(before).get("tasks");
        assertThat(after.size()).isEqualTo(extracted.size());
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).get("content")).isEqualTo(extracted.get(i).get("content"));
            assertThat(after.get(i).get("lead")).isEqualTo(extracted.get(i).get("lead"));
        }
    }
}
