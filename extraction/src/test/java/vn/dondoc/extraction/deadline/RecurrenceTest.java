package vn.dondoc.extraction.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dondoc.extraction.text.VietnameseText;

class RecurrenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "định kỳ 02 tuần một lần báo cáo kết quả|P2W",
            "dinh ky 02 tuan mot lan (bat dau)|P2W",
            "báo cáo Thủ tướng Chính phủ hằng tháng.|P1M",
            "báo cáo hàng tháng về Sở|P1M",
            "định kỳ hằng tháng tổng hợp|P1M",
            "báo cáo hằng quý.|P3M",
            "định kỳ hằng năm, tổ chức đánh giá|P1Y",
            "cập nhật hằng tuần, báo cáo|P1W",
            "định kỳ 6 tháng báo cáo|P6M",
            "định kỳ hằng quý báo cáo|P3M",
    })
    void periods(String text, String period) {
        assertThat(Recurrence.periodOf(text)).as(text).isEqualTo(period);
    }

    @Test
    void attributeIsNotRecurrence() {
        assertThat(Recurrence.periodOf("Xây dựng và ban hành Kế hoạch giai đoạn và hằng năm để triển khai")).isNull();
        assertThat(Recurrence.periodOf("đánh giá mức độ hoàn thành nhiệm vụ hằng năm của tập thể")).isNull();
        assertThat(Recurrence.periodOf("rà soát dữ liệu")).isNull();
    }

    @Test
    void standing() {
        assertThat(Recurrence.standing(VietnameseText.fold("Thường xuyên rà soát, chuẩn hóa dữ liệu"))).isTrue();
        assertThat(Recurrence.standing(VietnameseText.fold("Thuong xuyen theo doi"))).isTrue();
        assertThat(Recurrence.standing(VietnameseText.fold("nhiệm vụ xuyên suốt"))).isFalse();
    }
}
