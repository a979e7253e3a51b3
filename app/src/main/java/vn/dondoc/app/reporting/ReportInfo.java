package vn.dondoc.app.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A generated (or generating) report as lists and the API show it. */
public record ReportInfo(long id, ReportKind kind, ReportFormat format, LocalDate from, LocalDate to, String scope,
                         String scopeLabel, ReportStatus status, int progress, String error, boolean scheduled,
                         Long requestedBy, Instant createdAt, Instant finishedAt, String fileName, Long fileSize,
                         Integer rowCount, Long elapsedMs) {
}
