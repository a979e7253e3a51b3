package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DondocTest;

/**
 * A red rating without a reason is refused; with one, the assignment counts at once in the dashboard's "at risk"
 * (bucket and agency row), and its list shows it — the cached figures move with the commit.
 */
@DondocTest
class ConfidenceDashboardTest {

    @Autowired MockMvcTester mvc;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;

    long atRisk(TaskFixture f, String user, String scope) throws Exception {
        JsonNode d = f.get(user, "/api/v1/dashboard?scope=" + scope);
        for (JsonNode b : d.get("buckets")) {
            if (b.get("key").asString().equals("at_risk")) {
                assertThat(f.get(user, "/api/v1/tasks?size=1&" + b.get("query").asString()).get("total").asLong())
                        .isEqualTo(b.get("count").asLong());
                return b.get("count").asLong();
            }
        }
        throw new AssertionError("no at_risk bucket");
    }

    long agencyAtRisk(TaskFixture f, long agency) throws Exception {
        for (JsonNode a : f.get("lanhdao", "/api/v1/dashboard?scope=all").get("agencies")) {
            if (a.get("id").asLong() == agency) {
                return a.get("at_risk").asLong();
            }
        }
        return 0;
    }

    @Test
    void aRedRatingWithAReasonCountsAtRiskAtOnce() throws Exception {
        TaskFixture f = new TaskFixture(mvc, tasks, agencies);
        long stc = f.agency("Sở Tài chính");
        long task = f.task("Triển khai phần mềm quản lý tài sản công trên toàn tỉnh.", LocalDate.now().plusDays(40));
        long lead = f.assignment(task, "Sở Tài chính");
        long provinceBefore = atRisk(f, "lanhdao", "all");
        long agencyBefore = atRisk(f, "stc.lanhdao", "agency:" + stc);
        long rowBefore = agencyAtRisk(f, stc);

        var refused = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Nhà thầu chậm bàn giao\",\"percent\":20,\"version\":0,\"confidence\":\"red\"}");
        assertThat(refused).hasStatus(400);
        assertThat(TaskFixture.body(refused).get("message").asString()).contains("lý do");
        assertThat(atRisk(f, "lanhdao", "all")).isEqualTo(provinceBefore);

        var accepted = f.post("stc.lanhdao", "/api/v1/assignments/" + lead + "/reports",
                "{\"text\":\"Nhà thầu chậm bàn giao\",\"percent\":20,\"version\":0,\"confidence\":\"red\","
                        + "\"confidence_note\":\"Gói thầu phần mềm chưa ký được hợp đồng\"}");
        assertThat(accepted.getResponse().getStatus()).isBetween(200, 299);
        assertThat(atRisk(f, "lanhdao", "all")).isEqualTo(provinceBefore + 1);
        assertThat(atRisk(f, "stc.lanhdao", "agency:" + stc)).isEqualTo(agencyBefore + 1);
        assertThat(agencyAtRisk(f, stc)).isEqualTo(rowBefore + 1);
        JsonNode list = f.get("lanhdao", "/api/v1/tasks?agency=" + stc + "&confidence=red&state=open&size=500");
        assertThat(list.get("items").findValuesAsString("content"))
                .contains("Triển khai phần mềm quản lý tài sản công trên toàn tỉnh.");
    }
}
