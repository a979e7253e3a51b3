package vn.dondoc.app.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.notices.NoticeService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Live;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.TaskService;

/**
 * Requests an attacker or bad luck sends, over real HTTP (Tomcat's multipart parsing, size limits and error pages as
 * in production): wrong content type, missing file part, {@code Accept} the API cannot give, NUL in a file name,
 * unknown paths, oversized uploads. Each gets the app's {@code {code, message}} JSON in Vietnamese with the right
 * status (pages: a Vietnamese page), and no stack trace in the log.
 */
@DondocTest
class HostileRequestsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final long MB = 1024L * 1024;

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    AgencyService agencies;
    @Autowired
    NoticeService notices;

    Live live;
    static long task;
    static long assignment;
    static long notice;

    @BeforeEach
    void fixture() {
        live = new Live(port);
        if (task == 0) {
            long stc = agencies.all().stream().filter(a -> a.name().equals("Sở Tài chính")).findFirst().orElseThrow().id();
            task = tasks.issue(null, List.of(new NewTask("7.1", "Rà soát quy trình tiếp nhận hồ sơ trực tuyến.",
                    LocalDate.now().plusDays(20), "trước ngày " + LocalDate.now().plusDays(20), null, false, null,
                    List.of(stc), List.of()))).get(0);
            var view = mvc.get().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                    .exchange();
            assignment = JSON.readTree(body(view.getResponse())).get("assignments").get(0).get("id").asLong();
            notice = notices.importNow("hostile-" + System.nanoTime() + ".txt",
                    "THÔNG BÁO\nKết luận: 1. Sở Tài chính rà soát hồ sơ.".getBytes(StandardCharsets.UTF_8)).id();
        }
    }

    static String body(org.springframework.mock.web.MockHttpServletResponse r) {
        try {
            return r.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String path(String pattern) {
        return pattern.replace("{task}", String.valueOf(task)).replace("{assignment}", String.valueOf(assignment))
                .replace("{notice}", String.valueOf(notice));
    }

    HttpRequest.Builder api(String user, String path) {
        HttpRequest.Builder b = live.request(path(path));
        return user.equals("anonymous") ? b : b.header("Authorization", ApiClient.bearer(mvc, user));
    }

    /** An API answer: the status, {@code application/json} with exactly {@code code} and a Vietnamese message. */
    static JsonNode assertApiError(Live.Reply r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("code", "message");
        if (code != null) {
            assertThat(body.get("code").asString()).isEqualTo(code);
        }
        assertThat(body.get("message").asString()).matches("(?s).*[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ].*");
        assertThat(r.troubles()).as("log of a refused request").isEmpty();
        return body;
    }

    // ---------------------------------------------------------------------------------------- wrong content type

    static final String MULTIPART = "multipart";
    static final String TEXT = "text/plain";
    static final String JSON_TYPE = "application/json";

    static Stream<Arguments> wrongContentTypes() {
        return Stream.of(
                // role, method, path, content type sent, status, code
                Arguments.of("thuongtruc", "PUT", "/api/v1/tasks/{task}", MULTIPART, 415, "unsupported_media_type"),
                Arguments.of("thuongtruc", "PUT", "/api/v1/tasks/{task}", TEXT, 415, "unsupported_media_type"),
                Arguments.of("admin", "PATCH", "/api/v1/tasks/{task}", MULTIPART, 415, "unsupported_media_type"),
                Arguments.of("thuongtruc", "PATCH", "/api/v1/tasks/{task}", TEXT, 415, "unsupported_media_type"),
                Arguments.of("lanhdao", "POST", "/api/v1/tasks/{task}/comments", TEXT, 415, "unsupported_media_type"),
                Arguments.of("stc.lanhdao", "POST", "/api/v1/tasks/{task}/comments", MULTIPART, 415, "unsupported_media_type"),
                Arguments.of("stc.lanhdao", "POST", "/api/v1/assignments/{assignment}/reports", TEXT, 415, "unsupported_media_type"),
                Arguments.of("stc.chuyenvien", "POST", "/api/v1/assignments/{assignment}/reports", MULTIPART, 415, "unsupported_media_type"),
                Arguments.of("thuongtruc", "PUT", "/api/v1/notices/{notice}/tasks", TEXT, 415, "unsupported_media_type"),
                Arguments.of("thuongtruc", "PUT", "/api/v1/notices/{notice}/tasks", MULTIPART, 415, "unsupported_media_type"),
                Arguments.of("lanhdao", "PUT", "/api/v1/notices/{notice}/tasks", TEXT, 403, "forbidden"),
                Arguments.of("admin", "POST", "/api/v1/admin/users", TEXT, 415, "unsupported_media_type"),
                Arguments.of("kiemtra", "POST", "/api/v1/admin/users", TEXT, 403, "forbidden"),
                Arguments.of("anonymous", "POST", "/api/v1/auth/tokens", TEXT, 415, "unsupported_media_type"),
                Arguments.of("anonymous", "POST", "/api/v1/auth/tokens", MULTIPART, 415, "unsupported_media_type"),
                // the upload endpoints sent JSON or text
                Arguments.of("thuongtruc", "POST", "/api/v1/notices", JSON_TYPE, 415, "unsupported_media_type"),
                Arguments.of("admin", "POST", "/api/v1/notices", TEXT, 415, "unsupported_media_type"),
                Arguments.of("stc.chuyenvien", "POST", "/api/v1/assignments/{assignment}/evidence", JSON_TYPE, 415, "unsupported_media_type"),
                Arguments.of("stc.chuyenvien", "POST", "/api/v1/assignments/{assignment}/evidence", TEXT, 415, "unsupported_media_type"));
    }

    @ParameterizedTest(name = "{0} {1} {2} as {3} → {4}")
    @MethodSource("wrongContentTypes")
    void aWrongContentTypeIsRefusedInVietnamese(String user, String method, String path, String type, int status,
                                                String code) {
        HttpRequest.Builder b = api(user, path);
        if (type.equals(MULTIPART)) {
            var body = new Live.Multipart().field("content", "Nội dung").field("version", "0");
            b.header("Content-Type", body.contentType()).method(method, body.publisher());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(
                    type.equals(JSON_TYPE) ? "{\"content\":\"x\"}" : "content=Nội dung, version=0", StandardCharsets.UTF_8));
        }
        JsonNode error = assertApiError(live.send(b.build()), status, code);
        if (status == 415) {
            assertThat(error.get("message").asString()).contains(type.equals(MULTIPART) ? "multipart/form-data" : type)
                    .contains(path.endsWith("/notices") || path.endsWith("/evidence") ? "multipart/form-data" : "application/json");
        }
    }

    // ----------------------------------------------------------------------------------------- missing file part

    static Stream<Arguments> uploadsWithoutTheirFile() {
        return Stream.of(
                Arguments.of("thuongtruc", "/api/v1/notices", 400, "part_required"),
                Arguments.of("admin", "/api/v1/notices", 400, "part_required"),
                Arguments.of("lanhdao", "/api/v1/notices", 403, "forbidden"),
                Arguments.of("stc.chuyenvien", "/api/v1/assignments/{assignment}/evidence", 400, "part_required"),
                Arguments.of("stc.lanhdao", "/api/v1/assignments/{assignment}/evidence", 400, "part_required"));
    }

    @ParameterizedTest(name = "{0} POST {1} without file → {2}")
    @MethodSource("uploadsWithoutTheirFile")
    void anUploadWithoutItsFileIsRefusedInVietnamese(String user, String path, int status, String code) {
        var body = new Live.Multipart().field("ghi_chu", "quên chọn tệp");
        JsonNode error = assertApiError(live.send(api(user, path).header("Content-Type", body.contentType())
                .POST(body.publisher()).build()), status, code);
        if (status == 400) {
            assertThat(error.get("message").asString()).contains("\"file\"");
        }
    }

    // ------------------------------------------------------------------------------------------- Accept: xml

    static Stream<Arguments> acceptXml() {
        List<Arguments> rows = new ArrayList<>();
        for (DemoUsers.Demo d : DemoUsers.ONE_PER_ROLE) {
            boolean agency = d.role().startsWith("AGENCY");
            rows.add(Arguments.of(d.username(), "/api/v1/tasks", 406, "not_acceptable"));
            rows.add(Arguments.of(d.username(), "/api/v1/inbox", 406, "not_acceptable"));
            rows.add(Arguments.of(d.username(), "/api/v1/dashboard", 406, "not_acceptable"));
            rows.add(Arguments.of(d.username(), "/api/v1/notices", agency ? 403 : 406, agency ? "forbidden" : "not_acceptable"));
            // an error answer is JSON whatever was asked for
            rows.add(Arguments.of(d.username(), "/api/v1/tasks/999999999", 404, "task_not_found"));
        }
        rows.add(Arguments.of("anonymous", "/api/v1/tasks", 401, "unauthorized"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} GET {1} Accept: application/xml → {2}")
    @MethodSource("acceptXml")
    void acceptXmlGetsJsonSaying406(String user, String path, int status, String code) {
        assertApiError(live.send(api(user, path).header("Accept", "application/xml").GET().build()), status, code);
    }

    // ------------------------------------------------------------------------------------- NUL in a file name

    static Stream<Arguments> nulInFileName() {
        return Stream.of(
                Arguments.of("thuongtruc", "/api/v1/notices"),
                Arguments.of("admin", "/api/v1/notices"),
                Arguments.of("stc.chuyenvien", "/api/v1/assignments/{assignment}/evidence"));
    }

    @ParameterizedTest(name = "{0} POST {1} with NUL in the file name → 400")
    @MethodSource("nulInFileName")
    void aNulInAFileNameIsRefused(String user, String path) {
        var body = new Live.Multipart().file("file", "thong-bao\u0000.pdf.exe", "application/pdf",
                "%PDF-1.4 không phải PDF thật".getBytes(StandardCharsets.UTF_8));
        assertApiError(live.send(api(user, path).header("Content-Type", body.contentType()).POST(body.publisher()).build()),
                400, "invalid_file_name");
    }

    @Test
    void aNulInAFileNameOnTheUploadPageGetsAVietnamesePage() {
        var body = new Live.Multipart().field("_csrf", live.csrf("thuongtruc", "/notices"))
                .file("files", "thong-bao\u0000.txt", "text/plain", "THÔNG BÁO".getBytes(StandardCharsets.UTF_8));
        Live.Reply r = live.sendAs("thuongtruc", live.request("/notices").header("Content-Type", body.contentType())
                .header("Accept", "text/html").POST(body.publisher()).build());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("ký tự NUL", "lang=\"vi\"");
        assertThat(r.troubles()).isEmpty();
    }

    // --------------------------------------------------------------------------------------------- unknown paths

    static Stream<Arguments> unknownApiPaths() {
        List<Arguments> rows = new ArrayList<>();
        for (DemoUsers.Demo d : DemoUsers.ONE_PER_ROLE) {
            rows.add(Arguments.of(d.username(), "GET", "/api/v1/khong-co", "application/json", 404, "not_found"));
            rows.add(Arguments.of(d.username(), "GET", "/api/v1/tasks/{task}/khong-co", "text/html", 404, "not_found"));
            rows.add(Arguments.of(d.username(), "POST", "/api/v1/khong-co", "*/*", 404, "not_found"));
            rows.add(Arguments.of(d.username(), "GET", "/api/v1", "text/html,application/xhtml+xml", 404, "not_found"));
            rows.add(Arguments.of(d.username(), "DELETE", "/api/v1/tasks", "application/json", 405, "method_not_allowed"));
        }
        rows.add(Arguments.of("anonymous", "GET", "/api/v1/khong-co", "text/html", 401, "unauthorized"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} Accept: {3} → {4}")
    @MethodSource("unknownApiPaths")
    void anUnknownApiPathIsAJson404(String user, String method, String path, String accept, int status, String code) {
        var r = live.send(api(user, path).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
        JsonNode error = assertApiError(r, status, code);
        if (status == 404) {
            assertThat(error.get("message").asString()).contains(path(path));
        }
        if (status == 405) {
            assertThat(r.headers().firstValue("Allow").orElse("")).contains("GET");
        }
    }

    @Test
    void anUnknownPageKeepsTheHtmlErrorPage() {
        for (String user : List.of("thuongtruc", "stc.chuyenvien")) {
            Live.Reply r = live.sendAs(user, live.request("/khong-co").header("Accept", "text/html").GET().build());
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.body()).contains("lang=\"vi\"", "Không tìm thấy").doesNotContain("\"code\"");
            assertThat(r.troubles()).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------ oversized files

    @Test
    void aSingleOversizedNoticeIs413WithItsName() {
        var body = new Live.Multipart().file("file", "biên-bản-quá-lớn.pdf", "application/pdf", 51 * MB);
        JsonNode error = assertApiError(live.send(api("thuongtruc", "/api/v1/notices")
                .header("Content-Type", body.contentType()).POST(body.publisher()).build()), 413, "too_large");
        assertThat(error.get("message").asString()).contains("biên-bản-quá-lớn.pdf", "50 MB");
    }

    @Test
    void anOversizedEvidenceFileIs413WithItsName() {
        var body = new Live.Multipart().file("file", "ảnh-hiện-trường.png", "image/png", 21 * MB);
        JsonNode error = assertApiError(live.send(api("stc.chuyenvien", "/api/v1/assignments/{assignment}/evidence")
                .header("Content-Type", body.contentType()).POST(body.publisher()).build()), 413, "evidence_too_large");
        assertThat(error.get("message").asString()).contains("ảnh-hiện-trường.png", "20 MB");
    }

    @Test
    void aRequestOverTheLimitGetsItsAnswerNotAReset() {
        var body = new Live.Multipart().file("file", "ca-thu-muc.pdf", "application/pdf", 201 * MB);
        JsonNode error = assertApiError(live.send(api("thuongtruc", "/api/v1/notices")
                .header("Content-Type", body.contentType()).POST(body.publisher()).build()), 413, "too_large");
        assertThat(error.get("message").asString()).contains("200 MB");
    }

    /** Small notices in the batch are kept; the oversized one is named on the page with the others' result. */
    @Test
    void aMultiFileUploadKeepsTheFilesWithinTheLimit() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        var body = new Live.Multipart().field("_csrf", live.csrf("thuongtruc", "/notices"))
                .file("files", "nhỏ-1-" + tag + ".txt", "text/plain",
                        ("THÔNG BÁO " + tag + "\n1. Sở Tài chính rà soát.").getBytes(StandardCharsets.UTF_8))
                .file("files", "quá-lớn-" + tag + ".bin", "application/octet-stream", 51 * MB)
                .file("files", "nhỏ-2-" + tag + ".txt", "text/plain",
                        ("THÔNG BÁO " + tag + " lần hai\n1. Sở Nội vụ rà soát.").getBytes(StandardCharsets.UTF_8));
        Live.Reply posted = live.sendAs("thuongtruc", live.request("/notices").header("Content-Type", body.contentType())
                .header("Accept", "text/html").POST(body.publisher()).build());
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        assertThat(posted.troubles()).isEmpty();
        String page = live.sendAs("thuongtruc", live.request("/notices").GET().build()).body();
        assertThat(page).contains("Đã nhận 2 tệp", "quá-lớn-" + tag + ".bin", "vượt quá 50 MB");
        String list = live.send(api("thuongtruc", "/api/v1/notices?limit=50").GET().build()).body();
        assertThat(list).contains("nhỏ-1-" + tag + ".txt", "nhỏ-2-" + tag + ".txt").doesNotContain("quá-lớn-" + tag);
    }

    /** Three files of 25 MB: over the old 60 MB request limit that reset the connection and lost them all. */
    @Test
    void aBatchOver60MbIsKeptWhole() {
        String tag = Long.toString(System.nanoTime(), 36);
        var body = new Live.Multipart().field("_csrf", live.csrf("thuongtruc", "/notices"));
        for (int i = 1; i <= 3; i++) {
            body.file("files", "scan-" + i + "-" + tag + ".bin", "application/octet-stream", 25 * MB - i);
        }
        Live.Reply posted = live.sendAs("thuongtruc", live.request("/notices").header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.troubles()).isEmpty();
        String page = live.sendAs("thuongtruc", live.request("/notices").GET().build()).body();
        assertThat(page).contains("Đã nhận 3 tệp", "scan-1-" + tag, "scan-3-" + tag);
    }

    @Test
    void aPageUploadOverTheRequestLimitGetsAVietnamesePage() {
        var body = new Live.Multipart().field("_csrf", live.csrf("thuongtruc", "/notices"))
                .file("files", "ca-nam.bin", "application/octet-stream", 201 * MB);
        Live.Reply r = live.sendAs("thuongtruc", live.request("/notices").header("Content-Type", body.contentType())
                .header("Accept", "text/html").POST(body.publisher()).build());
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("lang=\"vi\"", "200 MB").doesNotContain("mã lỗi 413");
        assertThat(r.troubles()).isEmpty();
    }
}
