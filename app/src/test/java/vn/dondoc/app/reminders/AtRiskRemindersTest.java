package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.VnDates;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.TaskService;

/**
 * Work the agency rates amber or red before it is overdue reaches the secretariat's digest (in-app and mail) in a
 * section of its own, once per rating: a later report's new rating is told again, work already overdue is not.
 */
@DondocTest
class AtRiskRemindersTest {

    @Autowired MockMvcTester mvc;
    @Autowired ReminderService reminders;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;

    void report(long assignment, String action, int version, String confidence, String note) {
        var r = mvc.post().uri("/api/v1/assignments/" + assignment + "/" + action)
                .header("Authorization", ApiClient.bearer(mvc, "snv.lanhdao")).contentType("application/json")
                .content("{\"text\":\"Báo cáo tiến độ\",\"version\":" + version + ",\"confidence\":\"" + confidence + "\""
                        + (note == null ? "" : ",\"confidence_note\":\"" + note + "\"") + "}")
                .exchange();
        assertThat(r).hasStatusOk();
    }

    List<String> atRiskKeys(long assignment, ReminderFixture f) {
        return f.keys(assignment).stream().filter(k -> k.startsWith("AT_RISK:")).toList();
    }

    String lastNotification(ReminderFixture f, String user, String marker) {
        return jdbc.sql("select body from notification where user_id = ? and body like ? order by id desc limit 1")
                .params(f.userId(user), "%" + marker + "%").query(String.class).single();
    }

    @Test
    void theSecretariatHearsOfEachRatingOnceUntilTheWorkIsOverdue() {
        ReminderFixture f = new ReminderFixture(tasks, agencies, jdbc);
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2045, 6, 30);
        long a = f.issue(marker, deadline);
        String today = VnDates.DATE.format(LocalDate.now());

        report(a, "reports", 0, "amber", "Chờ Bộ Nội vụ hướng dẫn");
        LocalDate day = deadline.minusDays(20);
        reminders.run(day);
        assertThat(f.notifications("thuongtruc", marker)).isEqualTo(1);
        assertThat(f.notifications("snv.lanhdao", marker)).as("the agency rated it; the secretariat is told").isZero();
        String body = lastNotification(f, "thuongtruc", marker);
        assertThat(body).contains("Nhiệm vụ có nguy cơ chậm (cơ quan, đơn vị tự đánh giá mức vàng hoặc đỏ, chưa quá hạn):\n• "
                + "Vàng – có nguy cơ chậm, đánh giá ngày " + today + ": Chờ Bộ Nội vụ hướng dẫn — R.1. " + marker);
        assertThat(f.mails("thuongtruc", marker)).isEqualTo(1);
        String html = jdbc.sql("select body_html from outbox where user_id = ? and body_text like ?")
                .params(f.userId("thuongtruc"), "%" + marker + "%").query(String.class).single();
        assertThat(html).contains("Nhiệm vụ có nguy cơ chậm", "Chờ Bộ Nội vụ hướng dẫn", "class=\"at-risk\"");
        assertThat(atRiskKeys(a, f)).hasSize(1).allMatch(k -> k.startsWith("AT_RISK:a" + a + ":AMBER:"));

        // the same rating is not told again
        reminders.run(day.plusDays(1));
        reminders.run(day.plusDays(2));
        assertThat(f.notifications("thuongtruc", marker)).isEqualTo(1);

        // a later report's rating is a new event
        report(a, "reports", 1, "red", "Không bố trí được kinh phí");
        reminders.run(day.plusDays(3));
        reminders.run(day.plusDays(4));
        assertThat(f.notifications("thuongtruc", marker)).isEqualTo(2);
        assertThat(lastNotification(f, "thuongtruc", marker)).contains("Đỏ – không kịp hạn, đánh giá ngày " + today
                + ": Không bố trí được kinh phí");
        assertThat(f.mails("thuongtruc", marker)).isEqualTo(2);

        // rated again, but the deadline has passed: overdue work is not "at risk" (the overdue rules take over)
        report(a, "reports", 2, "amber", "Vẫn chờ kinh phí");
        reminders.run(deadline.plusDays(1));
        assertThat(atRiskKeys(a, f)).hasSize(2);
        assertThat(f.notifications("thuongtruc", marker)).isEqualTo(2);

        // on track again: nothing at risk is left for other tests' runs
        report(a, "reports", 3, "green", null);
        reminders.run(day.plusDays(5));
        assertThat(atRiskKeys(a, f)).hasSize(2);
    }
}
