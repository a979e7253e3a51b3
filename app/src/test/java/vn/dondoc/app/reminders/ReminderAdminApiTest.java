package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Web;
import vn.dondoc.app.tasks.TaskService;

/** Admin API and pages of reminders: run the job now (done means of issue 5), the policy, the outbox; admins only. */
@DondocTest
class ReminderAdminApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvcTester mvc;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    JsonNode json(org.springframework.test.web.servlet.assertj.MvcTestResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    String admin() {
        return ApiClient.bearer(mvc, "admin");
    }

    @Test
    void runningRemindersNowQueuesOverdueDigestsOnce() throws Exception {
        ReminderFixture f = new ReminderFixture(tasks, agencies, jdbc);
        String marker = ReminderFixture.marker();
        LocalDate today = LocalDate.now(clock);
        f.issue(marker, today.minusDays(2));
        // as on the first run of the day: another test (or the 06:00 job) may have sent today's digest of the agency
        jdbc.sql("delete from reminder_sent where event_key = ?").param("OVERDUE_DIGEST:g" + f.agency() + ":" + today).update();

        var first = mvc.post().uri("/api/v1/admin/jobs/reminders/run").header("Authorization", admin()).exchange();
        assertThat(first).hasStatusOk();
        assertThat(json(first).get("summary").asString()).startsWith("Nhắc việc ngày");
        JsonNode box = json(mvc.get().uri("/api/v1/admin/outbox?limit=1000").header("Authorization", admin()).exchange());
        long total = box.get("counts").properties().stream().mapToLong(e -> e.getValue().asLong()).sum();
        assertThat(f.mails("snv.lanhdao", marker)).isEqualTo(1);
        assertThat(f.mails("snv.chuyenvien", marker)).isEqualTo(1);
        boolean listed = false;
        for (JsonNode m : box.get("items")) {
            listed |= m.get("to").asString().equals("snv.lanhdao@demo.dondoc.invalid") && m.get("subject").asString().contains("Nhắc việc");
        }
        assertThat(listed).isTrue();

        assertThat(mvc.post().uri("/api/v1/admin/jobs/reminders/run").header("Authorization", admin()).exchange()).hasStatusOk();
        JsonNode again = json(mvc.get().uri("/api/v1/admin/outbox").header("Authorization", admin()).exchange());
        assertThat(again.get("counts").properties().stream().mapToLong(e -> e.getValue().asLong()).sum()).isEqualTo(total);
        assertThat(f.mails("snv.lanhdao", marker)).isEqualTo(1);

        assertThat(mvc.post().uri("/api/v1/admin/jobs/nope/run").header("Authorization", admin()).exchange()).hasStatus(404);
        assertThat(json(mvc.get().uri("/api/v1/admin/jobs").header("Authorization", admin()).exchange()).toString())
                .contains("reminders", "mail-outbox");
    }

    @Test
    void theJobsAreScheduledInTheDatabase() throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        List<String> names = List.of();
        while (System.currentTimeMillis() < until) {
            names = jdbc.sql("select task_name from scheduled_tasks where task_name in ('reminders', 'mail-outbox') order by 1")
                    .query(String.class).list();
            if (names.size() == 2) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(names).containsExactly("mail-outbox", "reminders");
        java.time.Instant next = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'reminders'")
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(next.atZone(vn.dondoc.app.shared.VnDates.ZONE).toLocalTime()).isEqualTo(java.time.LocalTime.of(6, 0));
    }

    @Test
    void adminsEditThePolicy() throws Exception {
        JsonNode p = json(mvc.get().uri("/api/v1/admin/reminder-policy").header("Authorization", admin()).exchange());
        assertThat(p.get("daysBefore").toString()).isEqualTo("[7,3]");
        assertThat(p.get("escalateSecretariatDays").asInt()).isEqualTo(7);
        assertThat(p.get("escalateLeaderDays").asInt()).isEqualTo(30);
        int version = p.get("version").asInt();
        String body = "{\"daysBefore\":[3,10],\"onTheDay\":true,\"overdueDigest\":\"WEEKLY\",\"escalateSecretariatDays\":5,"
                + "\"escalateLeaderDays\":20,\"silentMonths\":2,\"awaitingConfirmationDays\":4,\"version\":" + version + "}";
        try {
            var saved = mvc.put().uri("/api/v1/admin/reminder-policy").header("Authorization", admin())
                    .contentType("application/json").content(body).exchange();
            assertThat(saved).hasStatusOk();
            assertThat(json(saved).get("daysBefore").toString()).isEqualTo("[10,3]");
            assertThat(json(saved).get("overdueDigest").asString()).isEqualTo("WEEKLY");
            // the same stale version again: conflict
            assertThat(mvc.put().uri("/api/v1/admin/reminder-policy").header("Authorization", admin())
                    .contentType("application/json").content(body).exchange()).hasStatus(409);
            assertThat(mvc.put().uri("/api/v1/admin/reminder-policy").header("Authorization", admin())
                    .contentType("application/json").content(body.replace("[3,10]", "[0]")).exchange()).hasStatus(400);
            // the admin page shows it
            assertThat(mvc.get().uri("/admin/reminders").session(Web.session(mvc, "admin")).exchange().getResponse()
                    .getContentAsString()).contains("value=\"10,3\"", "Chính sách nhắc việc");
        } finally {
            jdbc.sql("""
                    update reminder_policy set days_before = '7,3', on_the_day = true, overdue_digest = 'DAILY',
                           escalate_secretariat_days = 7, escalate_leader_days = 30, silent_months = 3,
                           awaiting_confirmation_days = 5 where id = 1""").update();
        }
    }

    @Test
    void theAdminPagesWork() throws Exception {
        var admin = Web.session(mvc, "admin");
        var policy = mvc.get().uri("/admin/reminders").session(admin).exchange();
        assertThat(policy).hasStatusOk();
        var run = mvc.post().uri("/admin/jobs/reminders/run").session(admin).with(csrf()).exchange();
        assertThat(run).hasStatus(302);
        var outbox = mvc.get().uri("/admin/outbox").session(admin).exchange();
        assertThat(outbox).hasStatusOk();
        assertThat(outbox.getResponse().getContentAsString()).contains("Hộp thư đi", "Chờ gửi");
        assertThat(mvc.get().uri("/admin/outbox?status=FAILED").session(admin).exchange()).hasStatusOk();
    }

    static final List<String> ADMIN_PAGES = List.of("/admin/reminders", "/admin/outbox");
    static final List<String> ADMIN_APIS = List.of("/api/v1/admin/outbox", "/api/v1/admin/reminder-policy", "/api/v1/admin/jobs");

    static Stream<Arguments> others() {
        return DemoUsers.ONE_PER_ROLE.stream().filter(d -> !d.role().equals("ADMIN")).map(d -> Arguments.of(d.username()));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("others")
    void onlyAdminsManageRemindersAndJobs(String user) {
        for (String p : ADMIN_PAGES) {
            assertThat(mvc.get().uri(p).session(Web.session(mvc, user)).exchange()).as(p).hasStatus(403);
        }
        assertThat(mvc.post().uri("/admin/jobs/reminders/run").session(Web.session(mvc, user)).with(csrf()).exchange())
                .hasStatus(403);
        for (String p : ADMIN_APIS) {
            assertThat(mvc.get().uri(p).header("Authorization", ApiClient.bearer(mvc, user)).exchange()).as(p).hasStatus(403);
        }
        assertThat(mvc.post().uri("/api/v1/admin/jobs/reminders/run").header("Authorization", ApiClient.bearer(mvc, user))
                .exchange()).hasStatus(403);
        assertThat(mvc.put().uri("/api/v1/admin/reminder-policy").header("Authorization", ApiClient.bearer(mvc, user))
                .contentType("application/json").content("{}").exchange()).hasStatus(403);
    }
}
