package vn.dondoc.app.tasks.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Deadline and recurrence cells of an imported file, through the extraction library's parser. */
class ImportDeadlineTest {

    static LocalDate date(String written) throws Exception {
        return ImportDeadline.parse(written, 2026).date();
    }

    @Test
    void datesAndPhrases() throws Exception {
        assertThat(date("31/03/2026")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(date("1/7/2026")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(date("01.07.2026")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(date("2026-06-30")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(date("trong Quý I/2026")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(date("Quý II/2026")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(date("trước ngày 01/7/2026")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(date("trong tháng 8/2026")).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(date("trong năm 2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(date("6 tháng đầu năm 2026")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(date("chậm nhất trong Quý I/2027")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(date("trong quy IV/2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        ImportDeadline phrase = ImportDeadline.parse("  trong   Quý I/2026 ", 2026);
        assertThat(phrase.text()).isEqualTo("trong Quý I/2026");
        assertThat(ImportDeadline.parse("", 2026)).isEqualTo(ImportDeadline.NONE);
    }

    @Test
    void standingAndRecurringTasks() throws Exception {
        ImportDeadline standing = ImportDeadline.parse("Thường xuyên", 2026);
        assertThat(standing.standing()).isTrue();
        assertThat(standing.date()).isNull();
        ImportDeadline monthly = ImportDeadline.parse("định kỳ hằng tháng", 2026);
        assertThat(monthly.recurrence()).isEqualTo("P1M");
        assertThat(ImportDeadline.recurrence("hằng quý")).isEqualTo("P3M");
        assertThat(ImportDeadline.recurrence("Định kỳ 02 tuần một lần")).isEqualTo("P2W");
        assertThat(ImportDeadline.recurrence("6 tháng một lần")).isEqualTo("P6M");
        assertThat(ImportDeadline.recurrence("p1y")).isEqualTo("P1Y");
        assertThat(ImportDeadline.recurrence(" ")).isNull();
    }

    @Test
    void whatIsNotUnderstoodIsRefusedInVietnamese() {
        assertThatThrownBy(() -> date("31/02/2026")).hasMessage("Ngày \"31/02/2026\" không có thật.");
        assertThatThrownBy(() -> date("sớm nhất có thể")).hasMessageStartingWith("Không hiểu thời hạn \"sớm nhất có thể\"");
        assertThatThrownBy(() -> ImportDeadline.recurrence("thỉnh thoảng")).hasMessageStartingWith("Không hiểu định kỳ");
    }
}
