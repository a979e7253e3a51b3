package vn.dondoc.app.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/** Upload through the API, background extraction with the real engine and directory, errors, roles. */
@DondocTest
@Tag("smoke")
public class NoticeApiTest {

    /** A notice written for this test, in the style of a provincial conclusion notice. */
    public static final String NOTICE = """
            ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NGÃI                              Độc lập - Tự do - Hạnh phúc
            Số: %s/TB-UBND                          Quảng Ngãi, ngày 12 tháng 10 năm 2026

            THÔNG BÁO
            Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình tại cuộc họp về chuyển đổi số
            trong quản lý đất đai

            Ngày 08/10/2026, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình chủ trì cuộc họp về chuyển đổi số trong
            quản lý đất đai. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:

            1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ hoàn thiện cơ sở
            dữ liệu đất đai của tỉnh, hoàn thành trước ngày 15/12/2026.

            2. Giao Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu bố trí kinh phí thực
            hiện, báo cáo UBND tỉnh trong tháng 11/2026.

            3. Công an tỉnh chủ trì kết nối cơ sở dữ liệu dân cư với cơ sở dữ liệu đất đai trong Quý I/2027.

            Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            """;

    @Autowired
    MockMvcTester mvc;

    final JsonMapper json = JsonMapper.builder().build();

    MvcTestResult upload(String user, String name, byte[] content) {
        return mvc.post().uri("/api/v1/notices").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .header("Authorization", ApiClient.bearer(mvc, user)).exchange();
    }

    JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    JsonNode awaitDone(long id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            JsonNode n = body(mvc.get().uri("/api/v1/notices/" + id)
                    .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange());
            if (!n.get("status").asString().equals("PROCESSING")) {
                return n;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("extraction of notice " + id + " did not finish");
    }

    static String uniqueNumber() {
        return String.valueOf(100 + (System.nanoTime() / 1000) % 9000);
    }

    @Test
    void uploadedNoticeBecomesTasksInTheBackground() throws Exception {
        String number = uniqueNumber();
        var r = upload("thuongtruc", "tb-" + number + ".txt", NOTICE.formatted(number).getBytes(StandardCharsets.UTF_8));
        assertThat(r).hasStatus(202);
        long id = body(r).get("id").asLong();

        JsonNode n = awaitDone(id);
        assertThat(n.get("status").asString()).as(n.toString()).isEqualTo("REVIEW");
        assertThat(n.get("number").asString()).isEqualTo(number + "/TB-UBND");
        assertThat(n.get("issued_date").asString()).isEqualTo("2026-10-12");
        assertThat(n.get("progress").get("percent").asInt()).isEqualTo(100);
        JsonNode tasks = n.get("tasks");
        assertThat(tasks.size()).isEqualTo(3);
        List<String> leads = new ArrayList<>();
        tasks.forEach(t -> leads.add(t.get("lead").get(0).asString()));
        assertThat(leads).containsExactly("Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Công an tỉnh");
        assertThat(tasks.get(0).get("support").get(0).asString()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(tasks.get(0).get("deadline").asString()).isEqualTo("2026-12-15");
        assertThat(tasks.get(1).get("deadline").asString()).isEqualTo("2026-11-30");
        assertThat(tasks.get(2).get("deadline").asString()).isEqualTo("2027-03-31");

        // the same file again is accepted but flagged before anything is duplicated
        var again = upload("thuongtruc", "ban-sao.txt", NOTICE.formatted(number).getBytes(StandardCharsets.UTF_8));
        assertThat(body(again).get("duplicate_of").asLong()).isEqualTo(id);
        // the same document number in another file is flagged once extracted
        String edited = NOTICE.formatted(number).replace("trong Quý I/2027", "trong Quý II/2027");
        long third = body(upload("thuongtruc", "sua.txt", edited.getBytes(StandardCharsets.UTF_8))).get("id").asLong();
        assertThat(awaitDone(third).get("duplicate_of").asLong()).isEqualTo(id);
    }

    @Test
    void issuingCreatesOneAssignmentPerAgencyAndAgenciesSeeOnlyTheirOwn() throws Exception {
        String number = uniqueNumber();
        long id = body(upload("thuongtruc", "ban-hanh-" + number + ".txt",
                NOTICE.formatted(number).getBytes(StandardCharsets.UTF_8))).get("id").asLong();
        assertThat(awaitDone(id).get("status").asString()).isEqualTo("REVIEW");

        assertThat(mvc.post().uri("/api/v1/notices/" + id + "/issue")
                .header("Authorization", ApiClient.bearer(mvc, "lanhdao")).exchange()).hasStatus(403);
        var issued = mvc.post().uri("/api/v1/notices/" + id + "/issue")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange();
        assertThat(issued).hasStatus(200);
        JsonNode taskIds = body(issued).get("task_ids");
        assertThat(taskIds.size()).isEqualTo(3);
        assertThat(mvc.post().uri("/api/v1/notices/" + id + "/issue")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange()).hasStatus(409);

        // the secretariat sees all five assignments (3 leads, 2 supporting agencies)
        JsonNode all = body(mvc.get().uri("/api/v1/tasks?notice=" + id)
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange());
        assertThat(all.get("total").asLong()).isEqualTo(5);
        // Sở Tài chính sees only its own: the lead of item 2
        JsonNode stc = body(mvc.get().uri("/api/v1/tasks?notice=" + id)
                .header("Authorization", ApiClient.bearer(mvc, "stc.chuyenvien")).exchange());
        assertThat(stc.get("total").asLong()).isEqualTo(1);
        JsonNode mine = stc.get("items").get(0);
        assertThat(mine.get("agencyName").asString()).isEqualTo("Sở Tài chính");
        assertThat(mine.get("role").asString()).isEqualTo("LEAD");
        assertThat(mine.get("deadline").asString()).isEqualTo("2026-11-30");
        assertThat(mine.get("status").asString()).isEqualTo("ASSIGNED");

        // another agency can't read it, not even by guessing the id, nor ask for another agency's list
        long stcTask = mine.get("taskId").asLong();
        assertThat(mvc.get().uri("/api/v1/tasks/" + stcTask)
                .header("Authorization", ApiClient.bearer(mvc, "cat.chuyenvien")).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/tasks/" + stcTask)
                .header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/tasks?agency=" + mine.get("agencyId").asLong())
                .header("Authorization", ApiClient.bearer(mvc, "cat.chuyenvien")).exchange()).hasStatus(403);
    }

    MvcTestResult put(String user, long id, String body) {
        return mvc.put().uri("/api/v1/notices/" + id + "/tasks").header("Authorization", ApiClient.bearer(mvc, user))
                .contentType("application/json").content(body).exchange();
    }

    @Test
    void theSecretariatCorrectsTheTasksBeforeIssuing() throws Exception {
        String number = uniqueNumber();
        long id = body(upload("thuongtruc", "sua-" + number + ".txt",
                NOTICE.formatted(number).getBytes(StandardCharsets.UTF_8))).get("id").asLong();
        JsonNode n = awaitDone(id);
        int version = n.get("version").asInt();
        tools.jackson.databind.node.ArrayNode tasks = (tools.jackson.databind.node.ArrayNode) n.get("tasks");
        tasks.remove(0);
        ((tools.jackson.databind.node.ObjectNode) tasks.get(1)).putArray("lead").add("Sở Khoa học và Công nghệ");
        String reviewed = "{\"version\":" + version + ",\"tasks\":" + tasks + "}";

        assertThat(put("lanhdao", id, reviewed)).hasStatus(403);
        var saved = put("thuongtruc", id, reviewed);
        assertThat(saved).hasStatus(200);
        assertThat(body(saved).get("tasks").size()).isEqualTo(2);
        assertThat(body(saved).get("tasks").get(1).get("lead").get(0).asString()).isEqualTo("Sở Khoa học và Công nghệ");

        var stale = put("thuongtruc", id, reviewed);
        assertThat(stale).hasStatus(409);
        assertThat(body(stale).get("message").asString()).contains("vừa được người khác sửa");

        var invalid = put("thuongtruc", id, "{\"tasks\":[{\"ref\":\"9\",\"content\":\"X\",\"lead\":[],"
                + "\"deadline\":\"30/6/2026\",\"recurrence\":\"hằng tuần\"}]}");
        assertThat(invalid).hasStatus(400);
        assertThat(body(invalid).get("message").asString())
                .contains("thiếu cơ quan chủ trì", "không phải ngày YYYY-MM-DD", "định kỳ");

        var issued = mvc.post().uri("/api/v1/notices/" + id + "/issue")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange();
        assertThat(body(issued).get("task_ids").size()).isEqualTo(2);
        assertThat(put("thuongtruc", id, "{\"tasks\":[]}")).hasStatus(409);
    }

    @Test
    void aCorruptFileFailsWithAVietnameseReason() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 9);
        long id = body(upload("thuongtruc", "hong.pdf", garbage)).get("id").asLong();
        JsonNode n = awaitDone(id);
        assertThat(n.get("status").asString()).isEqualTo("FAILED");
        assertThat(n.get("error").asString()).containsIgnoringCase("hỏng");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        var r = upload("thuongtruc", "rong.txt", new byte[0]);
        assertThat(r).hasStatus(400);
        assertThat(body(r).get("message").asString()).contains("rỗng");
    }

    @Test
    void onlyTheSecretariatUploadsAndAgenciesDoNotReadNotices() {
        byte[] text = "THÔNG BÁO".getBytes(StandardCharsets.UTF_8);
        assertThat(upload("lanhdao", "x.txt", text)).hasStatus(403);
        assertThat(upload("stc.chuyenvien", "x.txt", text)).hasStatus(403);
        assertThat(upload("kiemtra", "x.txt", text)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/notices").header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao"))
                .exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/notices").header("Authorization", ApiClient.bearer(mvc, "lanhdao"))
                .exchange()).hasStatus(200);
    }

    /** The original file back, for the roles that see notices; agencies 403; a Vietnamese name survives. */
    @Test
    void theOriginalFileIsDownloadedByThoseWhoSeeNotices() throws Exception {
        String number = uniqueNumber();
        String name = "Thông báo kết luận số " + number + " – Đà Nẵng.txt";
        byte[] content = NOTICE.formatted(number).getBytes(StandardCharsets.UTF_8);
        long id = body(upload("thuongtruc", name, content)).get("id").asLong();
        awaitDone(id);

        for (String user : List.of("admin", "thuongtruc", "lanhdao", "kiemtra")) {
            var r = mvc.get().uri("/api/v1/notices/" + id + "/file").header("Authorization", ApiClient.bearer(mvc, user))
                    .exchange();
            assertThat(r).as(user).hasStatus(200);
            assertThat(r.getResponse().getContentAsByteArray()).as(user).isEqualTo(content);
            String disposition = r.getResponse().getHeader("Content-Disposition");
            assertThat(disposition).startsWith("attachment;")
                    .contains("filename=\"Thong bao ket luan so " + number + " _ Da Nang.txt\"")
                    .contains("filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o%20k%E1%BA%BFt%20lu%E1%BA%ADn%20s%E1%BB%91%20" + number
                            + "%20%E2%80%93%20%C4%90%C3%A0%20N%E1%BA%B5ng.txt");
            assertThat(java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2),
                    StandardCharsets.UTF_8)).isEqualTo(name);
            assertThat(r.getResponse().getContentType()).startsWith("text/plain");
            assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        for (String user : List.of("stc.lanhdao", "stc.chuyenvien", "cat.lanhdao")) {
            var r = mvc.get().uri("/api/v1/notices/" + id + "/file").header("Authorization", ApiClient.bearer(mvc, user))
                    .exchange();
            assertThat(r).as(user).hasStatus(403);
            assertThat(body(r).get("code").asString()).isEqualTo("forbidden");
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("THÔNG BÁO");
        }
        assertThat(mvc.get().uri("/api/v1/notices/" + id + "/file").exchange()).hasStatus(401);
        var missing = mvc.get().uri("/api/v1/notices/999999999/file").header("Authorization", ApiClient.bearer(mvc, "lanhdao"))
                .exchange();
        assertThat(missing).hasStatus(404);
        assertThat(body(missing).get("code").asString()).isEqualTo("notice_not_found");

        // the notice's page links to it, and the link works with the page's session
        String page = mvc.get().uri("/notices/" + id).session(vn.dondoc.app.support.Web.session(mvc, "lanhdao")).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/notices/" + id + "/file\"", "Tải tệp gốc");
        var web = mvc.get().uri("/notices/" + id + "/file").session(vn.dondoc.app.support.Web.session(mvc, "kiemtra")).exchange();
        assertThat(web).hasStatus(200);
        assertThat(web.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(web.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(mvc.get().uri("/notices/" + id + "/file").session(vn.dondoc.app.support.Web.session(mvc, "stc.lanhdao"))
                .exchange()).hasStatus(403);
    }
}
