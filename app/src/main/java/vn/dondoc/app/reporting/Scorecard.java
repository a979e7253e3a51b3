package vn.dondoc.app.reporting;

import java.time.LocalDate;
import java.util.List;

/** Agency scorecard of a period (both days included), ranked by on-time rate. */
public record Scorecard(LocalDate from, LocalDate to, LocalDate today, List<AgencyScore> rows) {
}
