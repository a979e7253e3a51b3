package vn.dondoc.app.tasks.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.dondoc.app.shared.VnDates;
import vn.dondoc.app.tasks.TaskExportRow;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskService;

/**
 * Writes the assignments of a filter — scoped and judged exactly like the task list, by the same SQL — as
 * XLSX (POI streaming: 100 rows in memory, the rest in compressed temporary files; bold frozen header,
 * autofilter) or CSV (UTF-8 with BOM so Excel reads Vietnamese, RFC 4180 quoting, cells starting with
 * = + - @ neutralised with a leading apostrophe).
 */
@Component
public class TaskExporter {

    /** Message keys of the columns, in order; widths in characters for XLSX. */
    static final List<String> COLUMNS = List.of("source", "ref", "content", "leads", "supports", "agency", "role",
            "deadline", "deadlineText", "recurrence", "status", "timeliness", "percent", "lastReport", "id");
    private static final int[] WIDTHS = {22, 8, 70, 36, 36, 30, 10, 12, 28, 20, 18, 20, 10, 14, 12};

    private final TaskService tasks;
    private final ExchangeTexts texts;
    private final Clock clock;

    TaskExporter(TaskService tasks, ExchangeTexts texts, Clock clock) {
        this.tasks = tasks;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Checks the filter against the user's scope (403 before anything is written), then streams the file
     * as an attachment.
     */
    public void write(TaskFilter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        TaskFilter scoped = tasks.scope(filter);
        String name = "nhiem-vu-" + LocalDateTime.now(clock.withZone(VnDates.ZONE))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        if (format == ExportFormat.CSV) {
            csv(scoped, out);
        } else {
            xlsx(scoped, out);
        }
        out.flush();
    }

    List<String> headers() {
        return COLUMNS.stream().map(c -> texts.get("exchange.col." + c)).toList();
    }

    /** The cells of one row: String, LocalDate, Integer or Long. */
    Object[] cells(TaskExportRow r) {
        return new Object[] {r.source(), r.ref(), r.content(), r.leadAgencies(), r.supportAgencies(), r.agencyName(),
                r.role().label(), r.deadline(), r.deadlineText(), texts.recurrence(r.recurrence()), r.status().label(),
                r.timeliness().label(), r.progressPercent(), r.lastReportOn(), r.assignmentId()};
    }

    void csv(TaskFilter filter, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        csvLine(w, headers().toArray());
        try {
            tasks.export(filter, row -> {
                try {
                    csvLine(w, cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void csvLine(Writer w, Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(cells[i]));
        }
        w.write("\r\n");
    }

    /** One CSV field: RFC 4180 quoting, and text a spreadsheet would run as a formula made inert. */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String v = value instanceof LocalDate d ? VnDates.DATE.format(d) : value.toString();
        String lead = v.stripLeading();
        if (value instanceof String && !v.isEmpty() && ("\t\r".indexOf(v.charAt(0)) >= 0
                || !lead.isEmpty() && "=+-@".indexOf(lead.charAt(0)) >= 0)) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf(';') >= 0 || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    void xlsx(TaskFilter filter, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet(texts.get("exchange.sheet.tasks"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> headers = headers();
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            tasks.export(filter, r -> {
                Row row = sheet.createRow(next[0]++);
                Object[] cells = cells(r);
                for (int i = 0; i < cells.length; i++) {
                    Object v = cells[i];
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, headers.size() - 1));
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
