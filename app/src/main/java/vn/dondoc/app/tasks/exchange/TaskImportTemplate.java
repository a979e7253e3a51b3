package vn.dondoc.app.tasks.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The import template: a "Nhiệm vụ" sheet with the Vietnamese headers and example rows, and a
 * "Hướng dẫn" sheet explaining every column. Re-importing it as it is creates the example tasks.
 */
@Component
public class TaskImportTemplate {

    private static final int EXAMPLES = 2;
    private static final int INSTRUCTIONS = 12;

    private final ExchangeTexts texts;

    TaskImportTemplate(ExchangeTexts texts) {
        this.texts = texts;
    }

    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = wb.createSheet(texts.get("exchange.sheet.tasks"));
            Row h = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(texts.get(columns[i].messageKey()));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, columns[i].width() * 256);
            }
            for (int r = 1; r <= EXAMPLES; r++) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < columns.length; i++) {
                    String value = texts.get("exchange.template.example" + r + "." + columns[i].name().toLowerCase());
                    if (!value.isEmpty()) {
                        Cell c = row.createCell(i);
                        c.setCellValue(value);
                        c.setCellStyle(wrap);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, EXAMPLES, 0, columns.length - 1));

            Sheet help = wb.createSheet(texts.get("exchange.sheet.help"));
            help.setColumnWidth(0, 120 * 256);
            for (int i = 0; i < INSTRUCTIONS; i++) {
                Cell c = help.createRow(i).createCell(0);
                c.setCellValue(texts.get("exchange.template.help" + (i + 1)));
                c.setCellStyle(i == 0 ? header : wrap);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
