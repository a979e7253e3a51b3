package vn.dondoc.app.shared;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Cell styles, header and row writing of every workbook dondoc writes (task export, reports, scorecards; POI). */
public final class Sheets {

    public final CellStyle header;
    public final CellStyle bold;
    public final CellStyle date;
    public final CellStyle percent;

    public Sheets(Workbook wb) {
        Font b = wb.createFont();
        b.setBold(true);
        header = wb.createCellStyle();
        header.setFont(b);
        header.setWrapText(true);
        bold = wb.createCellStyle();
        bold.setFont(b);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    }

    public void header(Sheet sheet, int rowIndex, List<String> names, int[] widths) {
        Row h = sheet.createRow(rowIndex);
        for (int i = 0; i < names.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(header);
            if (widths != null) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        }
    }

    /** A row of String, LocalDate, Number (a {@link Ratio} as a percentage) or null cells. */
    public void row(Sheet sheet, int rowIndex, Object... cells) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(date);
            } else if (v instanceof Ratio r) {
                c.setCellValue(r.value());
                c.setCellStyle(percent);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                String s = v.toString();
                c.setCellValue(s.length() > 32000 ? s.substring(0, 32000) : s);
            }
        }
    }

    /** A share between 0 and 1, shown as a percentage. */
    public record Ratio(double value) {
    }
}
