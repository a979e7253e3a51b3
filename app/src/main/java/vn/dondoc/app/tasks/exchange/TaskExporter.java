package vn.dondoc.app.tasks.exchange;

import vn.dondoc.app.shared.Csv;
import vn.dondoc.app.shared.Sheets;

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
        w.write(Csv.BOM);
        Csv.row(w, headers());
        try {
            tasks.export(filter, row -> {
                try {
                    Csv.row(w, java.util.Arrays.asList(cells(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    void xlsx(TaskFilter filter, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet(texts.get("exchange.sheet.tasks"));
            Sheets sheets = new Sheets(wb);
            List<String> headers = headers();
            sheets.header(sheet, 0, headers, WIDTHS);
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            tasks.export(filter, r -> sheets.row(sheet, next[0]++, cells(r)));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, headers.size() - 1));
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
