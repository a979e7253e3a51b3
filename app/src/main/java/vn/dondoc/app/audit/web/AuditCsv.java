package vn.dondoc.app.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import vn.dondoc.app.audit.AuditLog;
import vn.dondoc.app.audit.AuditQuery;
import vn.dondoc.app.shared.Csv;

/** Writes the audit entries matching a query as a CSV download (permission checked by the log itself). */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private AuditCsv() {
    }

    public static void write(AuditLog audit, AuditQuery query, HttpServletResponse response) throws IOException {
        audit.find(new AuditQuery(query.taskId(), query.actorId(), query.entity(), query.action(), query.from(),
                query.to(), query.q(), 0, 1)); // permission check before the headers are sent
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-thay-doi.csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        Csv.row(out, Arrays.asList("Thời điểm", "Người thực hiện", "Đối tượng", "Mã", "Nhiệm vụ", "Thao tác", "Nội dung",
                "Trước", "Sau"));
        audit.forEach(query, e -> {
            try {
                Csv.row(out, Arrays.asList(TIME.format(e.at()), e.actorName(), e.entity(), e.entityId(), e.taskId(),
                        e.action(), e.summary(), e.before(), e.after()));
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        out.flush();
    }
}
