package vn.dondoc.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.demo.DemoData;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DemoSeed;
import vn.dondoc.app.support.DondocTest;

/**
 * The dashboard API on the demo data: every bucket's {@code query} lists exactly its {@code count} through
 * {@code GET /api/v1/tasks}, for the province, one agency and one notice; agency roles get only their own agency.
 */
@DondocTest
class DashboardApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DemoData demo;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcClient jdbc;

    List<Long> notices;

    @BeforeEach
    void seed() {
        notices = DemoSeed.once(demo);
    }

    long agency(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    JsonNode get(String user, String uri, int status) throws Exception {
        var result = mvc.get().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).exchange();
        assertThat(result.getResponse().getStatus()).as(uri + " → " + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void everyBucketCountIsTheTotalOfItsTaskListQuery() throws Exception {
        List<String> scopes = List.of("all", "agency:" + agency("Sở Tài chính"), "notice:" + notices.get(0));
        List<String> checked = new ArrayList<>();
        for (String scope : scopes) {
            for (String period : List.of("year", "two_weeks")) {
                JsonNode d = get("lanhdao", "/api/v1/dashboard?scope=" + scope + "&period=" + period, 200);
                assertThat(d.get("scope").asString()).isEqualTo(scope);
                assertThat(d.get("buckets")).hasSize(8);
                for (JsonNode b : d.get("buckets")) {
                    JsonNode list = get("lanhdao", "/api/v1/tasks?size=1&" + b.get("query").asString(), 200);
                    assertThat(list.get("total").asLong()).as(scope + " " + period + " " + b.get("key").asString())
                            .isEqualTo(b.get("count").asLong());
                    checked.add(scope + b.get("key").asString() + b.get("count").asLong());
                }
            }
        }
        assertThat(checked).hasSize(3 * 2 * 8);
        JsonNode province = get("lanhdao", "/api/v1/dashboard?scope=all&period=year", 200);
        for (JsonNode b : province.get("buckets")) {
            assertThat(b.get("count").asLong()).as("demo data fills " + b.get("key").asString()).isPositive();
        }
        assertThat(province.get("agencies").size()).isGreaterThan(3);
        assertThat(province.get("trend")).hasSize(12);
        assertThat(province.get("notices").size()).isGreaterThanOrEqualTo(4);
        assertThat(province.get("overdue_top").size()).isPositive();
        JsonNode first = province.get("overdue_top").get(0);
        assertThat(first.get("days_overdue").asLong()).isPositive();
        assertThat(first.get("head").isNull() || !first.get("head").asString().isBlank()).isTrue();
    }

    @Test
    void agencyFiguresAddUpToTheTaskList() throws Exception {
        JsonNode d = get("thuongtruc", "/api/v1/dashboard?scope=all&period=year", 200);
        for (JsonNode a : d.get("agencies")) {
            long id = a.get("id").asLong();
            assertThat(get("thuongtruc", "/api/v1/tasks?size=1&agency=" + id, 200).get("total").asLong())
                    .isEqualTo(a.get("total").asLong());
            assertThat(get("thuongtruc", "/api/v1/tasks?size=1&timeliness=OVERDUE&agency=" + id, 200)
                    .get("total").asLong()).isEqualTo(a.get("overdue").asLong());
            assertThat(a.get("rag").asString()).isIn("RED", "AMBER", "GREEN");
            if (a.get("long_overdue").asLong() > 0) {
                assertThat(a.get("rag").asString()).isEqualTo("RED");
            }
        }
        JsonNode rule = d.get("rag_rule");
        assertThat(rule.get("text").asString()).contains("30 ngày", "50 %");
    }

    @Test
    void anAgencySeesOnlyItsOwnDashboard() throws Exception {
        long stc = agency("Sở Tài chính");
        long other = agency("Sở Nội vụ");
        JsonNode own = get("stc.lanhdao", "/api/v1/dashboard", 200);
        assertThat(own.get("scope").asString()).isEqualTo("agency:" + stc);
        for (JsonNode a : own.get("agencies")) {
            assertThat(a.get("id").asLong()).isEqualTo(stc);
        }
        for (JsonNode o : own.get("overdue_top")) {
            assertThat(o.get("agency_id").asLong()).isEqualTo(stc);
        }
        assertThat(get("stc.chuyenvien", "/api/v1/dashboard?scope=agency:" + stc, 200).get("scope").asString())
                .isEqualTo("agency:" + stc);
        for (String scope : List.of("agency:" + other, "all", "notice:" + notices.get(0))) {
            JsonNode refused = get("stc.lanhdao", "/api/v1/dashboard?scope=" + scope, 403);
            assertThat(refused.get("message").asString()).contains("cơ quan, đơn vị mình");
        }
        assertThat(get("stc.chuyenvien", "/api/v1/dashboard?scope=agency:" + other, 403).get("code").asString())
                .isNotBlank();
    }

    @Test
    void badParametersGetAVietnameseMessage() throws Exception {
        assertThat(get("lanhdao", "/api/v1/dashboard?scope=tinh", 400).get("message").asString()).contains("Phạm vi");
        assertThat(get("lanhdao", "/api/v1/dashboard?period=decade", 400).get("message").asString()).contains("Kỳ");
        assertThat(get("lanhdao", "/api/v1/dashboard?period=custom&from=2026-05-01", 400).get("message").asString())
                .contains("ngày bắt đầu và ngày kết thúc");
        assertThat(get("lanhdao", "/api/v1/dashboard?period=custom&from=2026-05-01&to=2026-04-01", 400)
                .get("message").asString()).contains("sau ngày bắt đầu");
        assertThat(get("lanhdao", "/api/v1/dashboard?scope=agency:999999", 404).get("message").asString())
                .contains("Không tìm thấy");
        assertThat(get("lanhdao", "/api/v1/tasks?state=bogus", 400).get("message").asString()).contains("state");
        assertThat(get("lanhdao", "/api/v1/tasks?completed_from=31-02-2026", 400).get("message").asString())
                .contains("completed_from");
    }

    @Test
    void aCustomPeriodCountsCompletionsInIt() throws Exception {
        JsonNode d = get("lanhdao", "/api/v1/dashboard?period=custom&from=2020-01-01&to=2020-01-31", 200);
        assertThat(d.get("from").asString()).isEqualTo("2020-01-01");
        assertThat(d.get("buckets").get(0).get("count").asLong()).isZero();
        assertThat(d.get("buckets").get(0).get("query").asString())
                .contains("completed_from=2020-01-01", "completed_to=2020-01-31");
    }
}
