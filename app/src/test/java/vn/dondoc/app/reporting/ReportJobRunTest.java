package vn.dondoc.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/** The admin's "run now" of the progress report: a report of the last two weeks is made and downloadable. */
@DondocTest
class ReportJobRunTest {

    @Autowired
    MockMvcTester mvc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void adminQueuesTheProgressReportNow() throws Exception {
        assertThat(mvc.post().uri("/api/v1/admin/jobs/progress-report/run")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange()).hasStatus(403);
        var run = mvc.post().uri("/api/v1/admin/jobs/progress-report/run")
                .header("Authorization", ApiClient.bearer(mvc, "admin")).exchange();
        assertThat(run).hasStatus(200);
        Matcher m = Pattern.compile("mã (\\d+)").matcher(run.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode report;
        do {
            Thread.sleep(200);
            report = json.readTree(mvc.get().uri("/api/v1/reports/" + id)
                    .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange().getResponse().getContentAsString());
        } while (!report.get("status").asString().matches("DONE|FAILED") && System.nanoTime() < until);
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
        var file = mvc.get().uri("/api/v1/reports/" + id + "/file").header("Authorization", ApiClient.bearer(mvc, "lanhdao")).exchange();
        assertThat(file).hasStatus(200);
        assertThat(file.getResponse().getContentAsByteArray().length).isGreaterThan(1000);
    }
}
