package vn.dondoc.app.reporting;

import java.time.LocalDate;

/**
 * A report asked for: kind, period (both days included), scope and format.
 *
 * @param scope {@code all}, {@code notice:ID} or {@code agency:ID}
 */
public record ReportRequest(ReportKind kind, LocalDate from, LocalDate to, String scope, ReportFormat format) {
}
