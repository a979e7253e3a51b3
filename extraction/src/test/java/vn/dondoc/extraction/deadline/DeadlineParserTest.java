package vn.dondoc.extraction.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeadlineParserTest {

    private static DeadlineMatch first(String text) {
        List<DeadlineMatch> all = DeadlineParser.find(text, 2025);
        return all.isEmpty() ? null : all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hoàn thành trước ngày 01/7/2026.|2026-07-01",
            "báo cáo trước ngày 31/12/2025;|2025-12-31",
            "trước ngày 05 tháng 12 năm 2025|2025-12-05",
            "hoàn thành trước ngày 20 tháng 10 năm 2024.|2024-10-20",
            "hoàn thành trong Quý I/2026.|2026-03-31",
            "hoàn thành trong Quý II/2026|2026-06-30",
            "trong Quý III năm 2026|2026-09-30",
            "xong trong Quý IV/2025|2025-12-31",
            "hoàn thành trong tháng 8/2025|2025-08-31",
            "trong tháng 11 năm 2025|2025-11-30",
            "trong tháng 01/2025|2025-01-31",
            "trong tháng 02/2024|2024-02-29",
            "hoàn thành trong năm 2026|2026-12-31",
            "chậm nhất trong Quý I/2026|2026-03-31",
            "chậm nhất ngày 15/3/2026|2026-03-15",
            "hoàn thành 6 tháng đầu năm 2026|2026-06-30",
            "hoàn thành vào cuối năm 2026|2026-12-31",
            "báo cáo trước 30/6|2025-06-30",
            "trước 30/11.|2025-11-30",
            "hoàn thành trước ngày mười lăm tháng mười năm 2025|2025-10-15",
            "trước ngày hai mươi mốt tháng mười hai|2025-12-21",
            "thời hạn hoàn thành: trước ngày 10/12/2025|2025-12-10",
            "đưa dự án vào vận hành trong năm 2027, đảm bảo|2027-12-31",
    })
    void resolvesForms(String text, String expected) {
        DeadlineMatch m = first(text);
        assertThat(m).as(text).isNotNull();
        assertThat(m.date()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gửi báo cáo trwéde ngay 20/02/2027 để tổng hợp|2027-02-20",
            "hoan thanh trong Qui 1/2026.|2026-03-31",
            "hoan thanh truoc ngay 31/12/2025|2025-12-31",
            "hoan thanh trudc ngay 01/7/2026|2026-07-01",
            "cham nhat trong Qui 1/2026|2026-03-31",
    })
    void toleratesOcr(String text, String expected) {
        DeadlineMatch m = first(text);
        assertThat(m).as(text).isNotNull();
        assertThat(m.date()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void keepsPhraseVerbatim() {
        DeadlineMatch m = first("hoàn thành **trong Quý I/2026**.");
        assertThat(m.text()).isEqualTo("trong Quý I/2026");
        assertThat(first("gửi trwéde ngay 20/02/2027").text()).isEqualTo("trwéde ngay 20/02/2027");
    }

    @Test
    void eventWithDateInParentheses() {
        DeadlineMatch m = first("hoàn thành trước khai giảng năm học mới (ngày 05/9/2026)");
        assertThat(m.date()).hasToString("2026-09-05");
        assertThat(m.text()).startsWith("trước khai giảng");
    }

    @Test
    void bareYearOnlyWhenFutureAndClosingTheClause() {
        assertThat(first("khởi công ít nhất 500 căn nhà trong năm 2027.").date()).hasToString("2027-12-31");
        assertThat(DeadlineParser.find("đánh giá các chỉ tiêu trong năm 2025.", 2025)).isEmpty();
        assertThat(DeadlineParser.find("tổng hợp nhiệm vụ trong năm 2027, đề xuất kinh phí", 2025)).isEmpty();
    }

    @Test
    void bareYearIsTheWeakestCandidate() {
        List<DeadlineMatch> all = DeadlineParser.find(
                "ban hành Kế hoạch chuyển đổi số của tỉnh trong năm 2026; hoàn thành trong Quý I/2026.", 2025);
        assertThat(all).extracting(DeadlineMatch::strength).containsExactly(0, 2);
    }

    @Test
    void reportAtYearEnd() {
        assertThat(first("báo cáo kết quả cuối năm 2026.").date()).hasToString("2026-12-31");
    }

    @Test
    void tetIsUnresolvedButKept() {
        DeadlineMatch m = first("hoàn thành trước Tết Nguyên đán");
        assertThat(m).isNotNull();
        assertThat(m.date()).isNull();
        assertThat(m.resolved()).isFalse();
        assertThat(m.text()).isEqualTo("trước Tết Nguyên đán");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "theo Công văn số 5014/UBND-KTTH ngày 25/11/2025 của Ủy ban nhân dân tỉnh",
            "bắt đầu thực hiện trong năm 2026",
            "kể từ ngày 01/01/2026",
            "nhất là các nhiệm vụ được giao hoàn thành trong Quý I/2026",
            "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
            "đạt 40/42 chỉ tiêu",
            "kế hoạch năm 2026",
    })
    void ignoresStartsReferencesAndOtherTasks(String text) {
        assertThat(DeadlineParser.find(text, 2025)).as(text).isEmpty();
    }

    @Test
    void strongerLimitWins() {
        List<DeadlineMatch> all = DeadlineParser.find(
                "tham mưu ban hành Kế hoạch của tỉnh trong tháng 3/2026; hoàn thành trước ngày 15/02/2026", 2025);
        assertThat(all).hasSize(2);
        assertThat(all.get(1).strength()).isGreaterThan(all.get(0).strength());
    }
}
