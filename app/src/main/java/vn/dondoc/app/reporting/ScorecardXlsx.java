package vn.dondoc.app.reporting;

import vn.dondoc.app.shared.Sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The agency scorecard as XLSX: one ranked row per agency, frozen header, autofilter. */
final class ScorecardXlsx {

    static final String SHEET = "Đánh giá cơ quan";
    static final List<String> COLUMNS = List.of("Xếp hạng", "Cơ quan, đơn vị", "Được giao trong kỳ", "Đến hạn trong kỳ",
            "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn chưa hoàn thành", "Đề nghị gia hạn",
            "Được gia hạn", "Kỳ báo cáo định kỳ đúng hạn", "Kỳ báo cáo định kỳ trễ hạn", "Kỳ báo cáo định kỳ bỏ lỡ",
            "Tỷ lệ đúng hạn", "Đánh giá (Nghị định 90/2020)");
    private static final int[] WIDTHS = {9, 40, 12, 12, 12, 12, 14, 12, 12, 12, 12, 12, 12, 28};
    static final int HEADER_ROW = 3;

    private ScorecardXlsx() {
    }

    static byte[] write(Scorecard card) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheets st = new Sheets(wb);
            XSSFSheet s = wb.createSheet(SHEET);
            st.row(s, 0, "Kết quả thực hiện nhiệm vụ của các cơ quan, đơn vị");
            s.getRow(0).getCell(0).setCellStyle(st.bold);
            st.row(s, 1, "Kỳ đánh giá: " + ProgressDocument.date(card.from()) + " – " + ProgressDocument.date(card.to())
                    + "; tính đến ngày " + ProgressDocument.date(card.today())
                    + ". Hoàn thành tốt: tỷ lệ đúng hạn từ 80% trở lên (Nghị định 90/2020/NĐ-CP).");
            st.header(s, HEADER_ROW, COLUMNS, WIDTHS);
            int r = HEADER_ROW + 1;
            for (AgencyScore a : card.rows()) {
                st.row(s, r++, a.rank() == 0 ? null : a.rank(), a.agencyName(), a.assigned(), a.due(), a.doneOnTime(),
                        a.doneLate(), a.openOverdue(), a.extensionsAsked(), a.extensionsGranted(), a.periodicOnTime(),
                        a.periodicLate(), a.periodicMissed(), a.onTimeRate() == null ? null : new Sheets.Ratio(a.onTimeRate()), a.mark());
            }
            s.createFreezePane(0, HEADER_ROW + 1);
            s.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, COLUMNS.size() - 1));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
