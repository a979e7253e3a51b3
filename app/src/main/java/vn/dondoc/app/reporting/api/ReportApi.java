package vn.dondoc.app.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.reporting.ReportFormat;
import vn.dondoc.app.reporting.ReportInfo;
import vn.dondoc.app.reporting.ReportKind;
import vn.dondoc.app.reporting.ReportRequest;
import vn.dondoc.app.reporting.ReportService;
import vn.dondoc.app.shared.DomainException;

/** Progress reports and scorecards generated in the background. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo")
class ReportApi {

    private final ReportService reports;

    ReportApi(ReportService reports) {
        this.reports = reports;
    }

    /** Body of a report request; kind progress|scorecard, format docx|xlsx|pdf, scope all|notice:ID|agency:ID. */
    record Body(String kind, LocalDate from, LocalDate to, String scope, String format) {
    }

    @PostMapping
    @Operation(summary = "Lập báo cáo (chạy nền): kind=progress|scorecard, from, to, scope=all|notice:ID|agency:ID,"
            + " format=docx|xlsx|pdf; trả về 202 {id}")
    ResponseEntity<Map<String, Object>> create(@RequestBody Body body) {
        long id = reports.request(new ReportRequest(parse(ReportKind.class, body.kind(), "kind"), body.from(), body.to(),
                body.scope(), parse(ReportFormat.class, body.format(), "format")));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Trạng thái và tiến độ lập một báo cáo")
    ReportInfo get(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "Tải tệp báo cáo đã lập xong")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(reports.file(id));
    }

    static ResponseEntity<byte[]> download(ReportService.Download d) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .body(d.content());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field + "_invalid", field.equals("kind")
                    ? "Loại báo cáo phải là progress (tiến độ) hoặc scorecard (đánh giá cơ quan)."
                    : "Định dạng phải là docx, xlsx hoặc pdf.");
        }
    }
}
