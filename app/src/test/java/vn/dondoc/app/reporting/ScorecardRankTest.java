package vn.dondoc.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardRankTest {

    private static AgencyScore score(String name, long onTime, long late, long overdue) {
        long judged = onTime + late + overdue;
        Double rate = judged == 0 ? null : (double) onTime / judged;
        return new AgencyScore(0, name.hashCode(), name, 0, judged, onTime, late, overdue, 0, 0, 0, 0, 0, rate,
                rate != null && rate >= AgencyScore.GOOD_THRESHOLD);
    }

    @Test
    void bestRateFirstTiesShareARankUnjudgedLast() {
        List<AgencyScore> ranked = ScorecardQueries.rank(List.of(score("C", 1, 1, 0), score("N", 0, 0, 0),
                score("A", 4, 1, 0), score("B", 8, 1, 1), score("D", 1, 0, 1)));
        assertThat(ranked).extracting(AgencyScore::agencyName).containsExactly("B", "A", "C", "D", "N");
        assertThat(ranked).extracting(AgencyScore::rank).containsExactly(1, 1, 3, 3, 0);
        assertThat(ranked.get(0).mark()).isEqualTo("Hoàn thành tốt");
        assertThat(ranked.get(2).mark()).isEqualTo("Chưa đạt (dưới 80%)");
        assertThat(ranked.get(4).mark()).isEqualTo("Chưa có nhiệm vụ đến hạn");
    }

    @Test
    void scopesParseAndUnknownOnesAreRefused() {
        assertThat(ReportScope.parse("all")).isEqualTo(ReportScope.ALL);
        assertThat(ReportScope.parse(" Notice:12 ")).isEqualTo(ReportScope.notice(12));
        assertThat(ReportScope.parse("agency:5").toString()).isEqualTo("agency:5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportScope.parse("agency:x"))
                .hasMessageContaining("Phạm vi báo cáo không hợp lệ");
    }
}
