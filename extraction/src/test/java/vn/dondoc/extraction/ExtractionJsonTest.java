package vn.dondoc.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractionJsonTest {

    @Test
    void writesSamplesSchema() throws Exception {
        String text = "Số: 12/TB-UBND\nHà Tĩnh, ngày 03 tháng 02 năm 2026\nTHÔNG BÁO\nKết luận như sau:\n"
                + "1. Giao Sở Tài chính chủ trì, phối hợp với Sở KH&CN và các cơ quan liên quan:\n"
                + "a) Rà soát, trình UBND tỉnh Kế hoạch bố trí kinh phí, hoàn thành trước ngày 15/3/2026.\n"
                + "b) Định kỳ hằng tháng báo cáo kết quả.\n"
                + "2. Công an tỉnh: Chủ trì triển khai Đề án 06 trên địa bàn tỉnh.\n"
                + "Nay thông báo để các cơ quan, đơn vị biết, thực hiện./.\n";
        ExtractedNotice n = new NoticeExtractor(AgencyDirectory.empty()).extract(text);
        JsonNode j = new ObjectMapper().readTree(ExtractionJson.toJson(n));
        assertThat(j.get("number").asText()).isEqualTo("12/TB-UBND");
        assertThat(j.get("issued_date").asText()).isEqualTo("2026-02-03");
        assertThat(j.get("meeting_date").isNull()).isTrue();
        JsonNode tasks = j.get("tasks");
        assertThat(tasks).hasSize(3);
        JsonNode a = tasks.get(0);
        assertThat(a.get("ref").asText()).isEqualTo("1.a");
        assertThat(a.get("lead").get(0).asText()).isEqualTo("Sở Tài chính");
        assertThat(a.get("support")).hasSize(2);
        assertThat(a.get("support").get(0).asText()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(a.get("deadline").asText()).isEqualTo("2026-03-15");
        assertThat(a.get("deadline_text").asText()).isEqualTo("trước ngày 15/3/2026");
        assertThat(a.get("product").asText()).isEqualTo("Kế hoạch");
        assertThat(a.get("lead_agencies").get(0).get("resolved").asBoolean()).isFalse();
        assertThat(tasks.get(1).get("recurrence").asText()).isEqualTo("P1M");
        JsonNode c = tasks.get(2);
        assertThat(c.get("ref").asText()).isEqualTo("2");
        assertThat(c.get("lead").get(0).asText()).isEqualTo("Công an tỉnh");
        assertThat(c.get("content").asText()).isEqualTo("Chủ trì triển khai Đề án 06 trên địa bàn tỉnh.");
        assertThat(c.get("span_start").asInt()).isLessThan(c.get("span_end").asInt());
    }

    @Test
    void resolvesThroughDirectory() {
        AgencyDirectory dir = mention -> mention.contains("Tài chính")
                ? java.util.Optional.of(new AgencyMatch("STC", "Sở Tài chính", "SO_BAN_NGANH", false, 0.95))
                : java.util.Optional.empty();
        ExtractedNotice n = new NoticeExtractor(dir).extract("Kết luận như sau:\n1. Sở Tài chính: Rà soát kinh phí.\n");
        AgencyRef ref = n.tasks().get(0).leadRefs().get(0);
        assertThat(ref.resolved()).isTrue();
        assertThat(ref.code()).isEqualTo("STC");
    }
}
