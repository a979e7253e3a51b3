package vn.dondoc.app.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/**
 * Issue 4's "done means", through the API alone with demo tokens: each of the five shared sample notices is
 * uploaded, extracted and issued; its tasks appear in GET /tasks with the gold lead agencies and deadlines; an
 * officer sees exactly its agency's assignments; report → completion → confirmation ends DONE with the right
 * timeliness; a stale update gets 409 and another agency 404.
 */
@DondocTest
class SampleNoticesFlowTest {

    static final Path SAMPLES = Path.of("../../shared/samples").toAbsolutePath().normalize();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AgencyService agencies;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode call(MvcTestResult r, int status) throws Exception {
        assertThat(r).as(r.getResponse().getContentAsString()).hasStatus(status);
        return json.readTree(r.getResponse().getContentAsString());
    }

    JsonNode get(String user, String uri) throws Exception {
        return call(mvc.get().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).exchange(), 200);
    }

    MvcTestResult post(String user, String uri, String body) {
        return mvc.post().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).contentType("application/json")
                .content(body).exchange();
    }

    @Test
    void fiveSampleNoticesFromUploadToConfirmedWork() throws Exception {
        Path notices = SAMPLES.resolve("notices");
        Assumptions.assumeTrue(Files.isDirectory(notices), "../shared/samples not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(notices)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(5);
        List<Long> stcAssignments = new ArrayList<>();
        int checkedLeads = 0;
        for (Path file : files) {
            var upload = mvc.post().uri("/api/v1/notices").header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                    .multipart().file(new MockMultipartFile("file", file.getFileName().toString(), "text/plain",
                            Files.readAllBytes(file))).exchange();
            long id = call(upload, 202).get("id").asLong();
            JsonNode n = await(id);
            assertThat(n.get("status").asString()).as(file.toString()).isEqualTo("REVIEW");
            call(mvc.post().uri("/api/v1/notices/" + id + "/issue").header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                    .exchange(), 200);

            JsonNode gold = json.readTree(Files.readString(SAMPLES.resolve("gold")
                    .resolve(file.getFileName().toString().replace(".txt", ".json"))));
            for (JsonNode g : gold.get("tasks")) {
                for (JsonNode lead : g.get("lead")) {
                    var match = agencies.resolve(lead.asString()).orElse(null);
                    if (match == null || match.group()) {
                        continue;
                    }
                    long agencyId = agencies.findByCode(match.code()).orElseThrow().id();
                    JsonNode leads = get("thuongtruc", "/api/v1/tasks?notice=" + id + "&role=LEAD&agency=" + agencyId
                            + "&size=500").get("items");
                    boolean found = false;
                    for (JsonNode a : leads) {
                        // refs of news-style paragraphs are not part of the gold's scoring: match on the content
                        boolean same = start(a.get("content").asString()).equals(start(g.get("content").asString()));
                        if (same && a.get("agencyName").asString().equals(match.name())) {
                            String deadline = a.get("deadline").isNull() ? null : a.get("deadline").asString();
                            String expected = g.get("deadline").isNull() ? null : g.get("deadline").asString();
                            assertThat(deadline).as(file.getFileName() + " " + g.get("ref")).isEqualTo(expected);
                            found = true;
                        }
                    }
                    assertThat(found).as(file.getFileName() + " " + g.get("ref") + " lead " + match.name()).isTrue();
                    checkedLeads++;
                }
            }
            long stc = agencies.findByCode("QNG-SO-TAI-CHINH").orElseThrow().id();
            JsonNode all = get("thuongtruc", "/api/v1/tasks?notice=" + id + "&agency=" + stc + "&size=500").get("items");
            JsonNode mine = get("stc.chuyenvien", "/api/v1/tasks?notice=" + id + "&size=500").get("items");
            long expected = 0;
            for (JsonNode a : all) {
                if (a.get("agencyName").asString().equals("Sở Tài chính")) {
                    expected++;
                    stcAssignments.add(a.get("id").asLong());
                }
            }
            assertThat(mine.size()).as(file.getFileName() + ": Sở Tài chính's own").isEqualTo((int) expected);
            mine.forEach(a -> assertThat(a.get("agencyName").asString()).isEqualTo("Sở Tài chính"));
        }
        assertThat(checkedLeads).isGreaterThan(40);
        assertThat(stcAssignments).isNotEmpty();

        long a = stcAssignments.get(0);
        call(post("stc.chuyenvien", "/api/v1/assignments/" + a + "/reports", "{\"text\":\"Dự thảo báo cáo\",\"percent\":30,\"version\":0}"), 200);
        call(post("stc.lanhdao", "/api/v1/assignments/" + a + "/reports", "{\"text\":\"Đang triển khai\",\"percent\":50,\"version\":0}"), 200);
        assertThat(post("stc.lanhdao", "/api/v1/assignments/" + a + "/completion", "{\"text\":\"bản cũ\",\"version\":0}")).hasStatus(409);
        assertThat(post("cat.lanhdao", "/api/v1/assignments/" + a + "/completion", "{\"text\":\"x\",\"version\":1}")).hasStatus(404);
        call(post("stc.lanhdao", "/api/v1/assignments/" + a + "/completion", "{\"text\":\"Đã hoàn thành\",\"version\":1}"), 200);
        call(post("thuongtruc", "/api/v1/assignments/" + a + "/confirm", "{\"version\":2}"), 200);
        JsonNode done = null;
        for (JsonNode x : get("stc.lanhdao", "/api/v1/tasks?state=DONE&size=500").get("items")) {
            if (x.get("id").asLong() == a) {
                done = x;
            }
        }
        assertThat(done).isNotNull();
        String deadline = done.get("deadline").isNull() ? null : done.get("deadline").asString();
        String expectedTimeliness = deadline == null ? (done.get("standing").asBoolean() ? "STANDING" : "DONE_ON_TIME")
                : LocalDate.parse(deadline).isBefore(LocalDate.now()) ? "DONE_LATE" : "DONE_ON_TIME";
        assertThat(done.get("timeliness").asString()).isEqualTo(expectedTimeliness);
    }

    static String start(String content) {
        String f = vn.dondoc.extraction.text.VietnameseText.fold(content).replaceAll("[^a-z0-9]", "");
        return f.substring(0, Math.min(30, f.length()));
    }

    JsonNode await(long id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            JsonNode n = get("thuongtruc", "/api/v1/notices/" + id);
            if (!n.get("status").asString().equals("PROCESSING")) {
                return n;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("extraction of notice " + id + " did not finish");
    }
}
