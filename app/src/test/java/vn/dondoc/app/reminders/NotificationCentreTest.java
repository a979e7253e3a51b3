package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Web;
import vn.dondoc.app.tasks.TaskService;

/** The notification centre: per user through the API and the pages, unread badge, mark read, mail switch. */
@DondocTest
class NotificationCentreTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvcTester mvc;
    @Autowired ReminderService reminders;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;

    JsonNode get(String user, String uri) throws Exception {
        var r = mvc.get().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).exchange();
        assertThat(r).hasStatusOk();
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    @Test
    void notificationsArePerUser() throws Exception {
        ReminderFixture f = new ReminderFixture(tasks, agencies, jdbc);
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2041, 7, 7);
        f.issue(marker, deadline);
        reminders.run(deadline);

        JsonNode mine = get("snv.lanhdao", "/api/v1/notifications");
        assertThat(mine.get("unread").asLong()).isPositive();
        JsonNode n = null;
        for (JsonNode x : mine.get("items")) {
            if (x.get("body").asString().contains(marker)) {
                n = x;
            }
        }
        assertThat(n).isNotNull();
        assertThat(n.get("title").asString()).startsWith("Nhắc việc ngày 07/07/2041");
        // one task: its page; several (other tests' work of the agency): the inbox
        assertThat(n.get("link").asString()).matches("/tasks/\\d+|/inbox");
        long id = n.get("id").asLong();

        // someone else's notification does not exist for them
        assertThat(mvc.post().uri("/api/v1/notifications/" + id + "/read")
                .header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange()).hasStatus(404);
        for (JsonNode x : get("stc.lanhdao", "/api/v1/notifications").get("items")) {
            assertThat(x.get("body").asString()).doesNotContain(marker);
        }
        long unread = get("snv.lanhdao", "/api/v1/notifications").get("unread").asLong();
        assertThat(mvc.post().uri("/api/v1/notifications/" + id + "/read")
                .header("Authorization", ApiClient.bearer(mvc, "snv.lanhdao")).exchange()).hasStatus(204);
        assertThat(get("snv.lanhdao", "/api/v1/notifications").get("unread").asLong()).isEqualTo(unread - 1);
        assertThat(mvc.post().uri("/api/v1/notifications/999999999/read")
                .header("Authorization", ApiClient.bearer(mvc, "snv.lanhdao")).exchange()).hasStatus(404);
    }

    @Test
    void thePageShowsTheBadgeAndMarksAllRead() throws Exception {
        ReminderFixture f = new ReminderFixture(tasks, agencies, jdbc);
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2041, 8, 8);
        f.issue(marker, deadline);
        reminders.run(deadline);
        var session = Web.session(mvc, "snv.chuyenvien");

        var page = mvc.get().uri("/notifications").session(session).exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("id=\"unread-count\"", marker, "Đánh dấu tất cả đã đọc");

        assertThat(mvc.post().uri("/notifications/read-all").session(session).with(csrf()).exchange()).hasStatus(302);
        String after = mvc.get().uri("/tasks").session(session).exchange().getResponse().getContentAsString();
        assertThat(after).contains("id=\"notification-bell\"").doesNotContain("id=\"unread-count\"");
    }

    @Test
    void usersSwitchMailOffForThemselves() throws Exception {
        var session = Web.session(mvc, "cat.chuyenvien");
        try {
            assertThat(mvc.get().uri("/account").session(session).exchange().getResponse().getContentAsString())
                    .contains("Thư nhắc việc", "Tắt thư nhắc việc");
            assertThat(mvc.post().uri("/account/mail").param("enabled", "false").session(session).with(csrf()).exchange())
                    .hasStatus(302);
            assertThat(mailEnabled("cat.chuyenvien")).isFalse();
            assertThat(mvc.get().uri("/account").session(session).exchange().getResponse().getContentAsString())
                    .contains("Bật thư nhắc việc");
        } finally {
            mvc.post().uri("/account/mail").param("enabled", "true").session(session).with(csrf()).exchange();
        }
        assertThat(mailEnabled("cat.chuyenvien")).isTrue();
    }

    private boolean mailEnabled(String username) {
        return jdbc.sql("select mail_enabled from app_user where username = ?").param(username).query(Boolean.class).single();
    }
}
