package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.app.support.DondocTest;

/** A digest in words: Vietnamese reasons, and a long digest lists 50 items and counts the rest. */
@DondocTest
class ReminderDigestTest {

    @Autowired DigestTexts texts;
    @Autowired MailComposer mails;

    static DigestItem item(int i, ReminderRule rule) {
        return new DigestItem(rule, 1000 + i, 500 + i, "II." + i, "Nhiệm vụ số " + i, 7, "Sở Tài chính",
                LocalDate.of(2026, 12, 1), 9, LocalDate.of(2026, 8, 1));
    }

    @Test
    void reasonsAreVietnamese() {
        assertThat(texts.reason(item(1, ReminderRule.BEFORE_DEADLINE))).isEqualTo("Còn 9 ngày đến hạn");
        assertThat(texts.reason(item(1, ReminderRule.ESCALATE_LEADER))).isEqualTo("Quá hạn 9 ngày, báo cáo Lãnh đạo UBND tỉnh");
        assertThat(texts.reason(item(1, ReminderRule.SILENT))).isEqualTo("Không thời hạn, chưa báo cáo tiến độ từ ngày 01/08/2026");
        assertThat(texts.line(item(1, ReminderRule.ON_THE_DAY)))
                .isEqualTo("• Đến hạn hôm nay — II.1. Nhiệm vụ số 1 (Sở Tài chính; Hạn: 01/12/2026)");
    }

    @Test
    void workAtRiskHasASectionOfItsOwn() {
        DigestItem risk = new DigestItem(ReminderRule.AT_RISK, 2000, 900, "III.4", "Số hóa hồ sơ địa chính", 7,
                "Sở Tài chính", LocalDate.of(2026, 12, 20), 12, LocalDate.of(2026, 12, 5),
                vn.dondoc.app.tasks.Confidence.RED, "Chưa có kinh phí");
        assertThat(texts.reason(risk)).isEqualTo("Đỏ – không kịp hạn, đánh giá ngày 05/12/2026: Chưa có kinh phí");
        List<DigestItem> items = List.of(item(1, ReminderRule.ESCALATE_SECRETARIAT), risk);
        assertThat(texts.body(items)).isEqualTo("""
                • Quá hạn 9 ngày, đề nghị Thường trực đôn đốc — II.1. Nhiệm vụ số 1 (Sở Tài chính; Hạn: 01/12/2026)

                Nhiệm vụ có nguy cơ chậm (cơ quan, đơn vị tự đánh giá mức vàng hoặc đỏ, chưa quá hạn):
                • Đỏ – không kịp hạn, đánh giá ngày 05/12/2026: Chưa có kinh phí — III.4. Số hóa hồ sơ địa chính\
                 (Sở Tài chính; Hạn: 20/12/2026)""");
        MailComposer.Mail mail = mails.digest(new Recipient(1, "Nguyễn Thị Thu Hà", "tt@x.invalid", true, "SECRETARIAT", null),
                LocalDate.of(2026, 12, 8), items);
        assertThat(mail.subject()).isEqualTo("[dondoc] Nhắc việc ngày 08/12/2026: 2 nhiệm vụ cần chú ý");
        assertThat(mail.text()).containsSubsequence("- Quá hạn 9 ngày", "Nhiệm vụ có nguy cơ chậm",
                "- Đỏ – không kịp hạn, đánh giá ngày 05/12/2026: Chưa có kinh phí — III.4. Số hóa hồ sơ địa chính",
                "http://localhost:8080/tasks/900", "http://localhost:8080/inbox");
        assertThat(mail.html()).containsSubsequence("Quá hạn 9 ngày", "Nhiệm vụ có nguy cơ chậm", "color: #b02a37;",
                "Chưa có kinh phí", "/tasks/900\"");
        // a digest of work at risk only has no empty first section
        assertThat(texts.body(List.of(risk))).startsWith("Nhiệm vụ có nguy cơ chậm");
    }

    @Test
    void aLongDigestListsFiftyAndCountsTheRest() {
        List<DigestItem> items = IntStream.range(0, 60).mapToObj(i -> item(i, ReminderRule.ESCALATE_SECRETARIAT)).toList();
        String body = texts.body(items);
        assertThat(body.lines()).hasSize(51);
        assertThat(body).endsWith("… và 10 nhiệm vụ khác: xem đầy đủ trong mục Việc cần xử lý.");
        MailComposer.Mail mail = mails.digest(new Recipient(1, "Nguyễn Thị Thu Hà", "tt@x.invalid", true, "SECRETARIAT", null),
                LocalDate.of(2026, 11, 24), items);
        assertThat(mail.subject()).isEqualTo("[dondoc] Nhắc việc ngày 24/11/2026: 60 nhiệm vụ cần chú ý");
        assertThat(mail.html()).contains("Kính gửi Nguyễn Thị Thu Hà,", "/tasks/549\"", "… và 10 nhiệm vụ khác")
                .doesNotContain("/tasks/550\"");
        assertThat(mail.text()).contains("http://localhost:8080/tasks/500", "… và 10 nhiệm vụ khác", "http://localhost:8080/account");
    }
}
