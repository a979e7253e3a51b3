package vn.dondoc.app.reporting;

import vn.dondoc.app.shared.Sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The progress report as XLSX: a summary sheet (buckets, work at risk, agencies) and the tracking table with every
 * assignment in scope and its latest confidence rating (frozen header, autofilter), streamed from the database 100
 * rows in memory at a time.
 */
final class ProgressXlsx {

    static final String SUMMARY = "Tổng hợp";
    static final String TRACKING = "Bảng theo dõi";
    static final List<String> COLUMNS = List.of("Văn bản (thông báo)", "Ngày ban hành", "Mục", "Nhiệm vụ",
            "Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan thực hiện", "Vai trò", "Thời hạn", "Thời hạn ban đầu",
            "Thời hạn (nguyên văn)", "Trạng thái", "Tiến độ", "% hoàn thành", "Báo cáo gần nhất", "Ngày báo cáo",
            "Ngày hoàn thành", "Khả năng đúng hạn", "Lý do đánh giá", "Ngày đánh giá");
    private static final int[] WIDTHS = {22, 12, 8, 70, 32, 32, 30, 10, 12, 12, 24, 16, 20, 10, 60, 12, 12, 24, 50, 12};

    private ProgressXlsx() {
    }

    /** {@code rows} streams the tracking rows; {@code progress} hears the count of rows written so far. */
    static byte[] write(ProgressData d, java.util.function.Consumer<java.util.function.Consumer<ProgressQueries.TrackingRow>> rows,
                        IntConsumer progress, int[] count) {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheets st = new Sheets(wb);
            summary(wb.createSheet(SUMMARY), d, st);
            SXSSFSheet sheet = wb.createSheet(TRACKING);
            st.header(sheet, 0, COLUMNS, WIDTHS);
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(r -> {
                st.row(sheet, next[0]++, r.source(), r.issued(), r.ref(), r.content(), r.leads(), r.supports(),
                        r.agency(), r.role(), r.deadline(), r.originalDeadline(), r.deadlineText(), r.status(),
                        r.timeliness(), r.percent(), r.latest(), r.latestOn(), r.completedOn(), r.confidence(),
                        r.confidenceNote(), r.ratedOn());
                if (next[0] % 1000 == 0) {
                    progress.accept(next[0] - 1);
                }
            });
            count[0] = next[0] - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, COLUMNS.size() - 1));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // temporary files are already gone
            }
        }
    }

    private static void summary(SXSSFSheet s, ProgressData d, Sheets st) {
        int r = 0;
        st.row(s, r++, "Báo cáo " + ProgressDocument.TITLE.toLowerCase(java.util.Locale.ROOT));
        s.getRow(0).getCell(0).setCellStyle(st.bold);
        st.row(s, r++, "Kỳ báo cáo", ProgressDocument.date(d.from()) + " – " + ProgressDocument.date(d.to()));
        st.row(s, r++, "Phạm vi", d.scopeLabel());
        st.row(s, r++, "Tính đến ngày", d.today());
        r++;
        st.header(s, r++, List.of("Nhóm", "Lũy kế", "Tỷ lệ", "Thời hạn trong kỳ"), new int[] {40, 14, 12, 18, 14, 14, 14, 14});
        long total = ProgressData.total(d.all());
        for (Buckets b : Buckets.values()) {
            long n = b.count(d.all());
            st.row(s, r++, b.label(), n, total == 0 ? null : new Sheets.Ratio((double) n / total), b.count(d.inPeriod()));
        }
        st.row(s, r++, "Tổng cộng", total, null, ProgressData.total(d.inPeriod()));
        st.row(s, r++, "Có nguy cơ chậm (chưa quá hạn, đơn vị tự đánh giá vàng hoặc đỏ)", d.atRiskTotal(),
                total == 0 ? null : new Sheets.Ratio((double) d.atRiskTotal() / total));
        st.row(s, r++, "Trong đó mức đỏ (không kịp hạn)", d.atRiskRed(),
                total == 0 ? null : new Sheets.Ratio((double) d.atRiskRed() / total));
        r++;
        st.header(s, r++, List.of("Cơ quan, đơn vị", "Tổng", "HT đúng hạn", "HT quá hạn", "Đang TH trong hạn",
                "Đang TH quá hạn", "Thường xuyên", "Không tính"), null);
        for (ProgressData.AgencyLine a : d.agencies()) {
            st.row(s, r++, a.name(), a.total(), a.doneOnTime(), a.doneLate(), a.openOnTime(), a.openOverdue(),
                    a.standing(), a.notJudged());
        }
    }
}
