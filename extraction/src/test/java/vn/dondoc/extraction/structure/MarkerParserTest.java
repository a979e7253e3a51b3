package vn.dondoc.extraction.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "II. NHIỆM VỤ;ROMAN;II",
            "|. KET QUA;ROMAN;I",
            "IV) Tổ chức;ROMAN;IV",
            "1. Các sở;NUMBER;1",
            "4.Vin phong UBND;NUMBER;4",
            "2) Sở Tài chính;NUMBER;2",
            "1.1. Sở Xây dựng;MULTI_NUMBER;1.1",
            "2.3 Về dữ liệu;MULTI_NUMBER;2.3",
            "a) Chủ trì;LETTER;a",
            "đ) Khẩn trương;LETTER;đ",
            "g) Xây dựng;LETTER;g",
            "¢) Khai thac;LETTER;c",
            "(i) Báo cáo;PARENTHESISED;(i)",
            "(ii) Chủ đầu tư;PARENTHESISED;(ii)",
            "- Rà soát;DASH;-",
            "– Rà soát;DASH;-",
            "+ Rà soát;PLUS;+",
            "Đồng thời, tham mưu;NONE;''",
            "24/12/2025 tại;NONE;''",
            "2026 - 2030;NONE;''",
    })
    void markers(String line, MarkerType type, String label) {
        MarkerParser.Marker m = MarkerParser.parse(line);
        assertThat(m.type()).as(line).isEqualTo(type);
        assertThat(m.label()).isEqualTo(label);
    }
}
