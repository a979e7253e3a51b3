package vn.dondoc.app.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Renders {@link Block}s as DOCX (POI XWPF) per Decree 30/2020: A4, margins top/bottom 20 mm, left 30 mm, right
 * 20 mm, Times New Roman 13–14 pt for the body.
 */
final class DocxWriter {

    static final String FONT = "Times New Roman";
    /** A4 in twips (1/1440 inch). */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MM = 57; // twips per millimetre (56.7)
    /** The width between the margins (left 30 mm, right 20 mm), where tables go. */
    static final int TEXT_WIDTH_TWIPS = A4_WIDTH - 50 * MM;

    private DocxWriter() {
    }

    static byte[] write(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            for (Block b : blocks) {
                if (b instanceof Block.Para p) {
                    para(doc.createParagraph(), p.text(), p.bold(), p.italic(), p.align(), p.size());
                } else if (b instanceof Block.Columns c) {
                    columns(doc, c);
                } else if (b instanceof Block.Table t) {
                    table(doc, t);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(20 * MM));
        m.setBottom(BigInteger.valueOf(20 * MM));
        m.setLeft(BigInteger.valueOf(30 * MM));
        m.setRight(BigInteger.valueOf(20 * MM));
        m.setHeader(BigInteger.valueOf(10 * MM));
        m.setFooter(BigInteger.valueOf(10 * MM));
    }

    private static void para(XWPFParagraph p, String text, boolean bold, boolean italic, Block.Align align, int size) {
        p.setAlignment(switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        });
        p.setSpacingAfter(60);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
    }

    private static void columns(XWPFDocument doc, Block.Columns c) {
        XWPFTable t = doc.createTable(1, 2);
        noBorders(t);
        int left = TEXT_WIDTH_TWIPS * c.leftShare() / 100;
        grid(t, new int[] {left, TEXT_WIDTH_TWIPS - left});
        XWPFTableRow row = t.getRow(0);
        fill(row.getCell(0), c.left(), c.leftAligned() ? Block.Align.LEFT : Block.Align.CENTER, c.size(), c.leftShare());
        fill(row.getCell(1), c.right(), Block.Align.CENTER, c.size(), 100 - c.leftShare());
        doc.createParagraph();
    }

    private static void fill(XWPFTableCell cell, List<Block.Cell> lines, Block.Align align, int size, int share) {
        cell.setWidth(String.valueOf(TEXT_WIDTH_TWIPS * share / 100));
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            Block.Cell l = lines.get(i);
            para(p, l.text(), l.bold(), l.italic(), align, size);
            p.setSpacingAfter(0);
        }
    }

    private static void noBorders(XWPFTable t) {
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        t.setTopBorder(none, 0, 0, "auto");
        t.setBottomBorder(none, 0, 0, "auto");
        t.setLeftBorder(none, 0, 0, "auto");
        t.setRightBorder(none, 0, 0, "auto");
        t.setInsideHBorder(none, 0, 0, "auto");
        t.setInsideVBorder(none, 0, 0, "auto");
    }

    private static void table(XWPFDocument doc, Block.Table b) {
        List<List<String>> rows = b.rows();
        int cols = b.widths().length;
        XWPFTable t = doc.createTable(rows.size(), cols);
        int sum = java.util.Arrays.stream(b.widths()).sum();
        int[] twips = new int[cols];
        for (int c = 0; c < cols; c++) {
            twips[c] = TEXT_WIDTH_TWIPS * b.widths()[c] / sum;
        }
        grid(t, twips);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            boolean bold = b.boldRows().contains(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(twips[c]));
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                XWPFParagraph p = cell.getParagraphs().get(0);
                para(p, text, bold, false, r == 0 || isNumber(text) ? Block.Align.CENTER : Block.Align.LEFT, b.size());
                p.setSpacingAfter(0);
            }
        }
        doc.createParagraph();
    }

    /**
     * Fixed column widths in twips, in the table grid and on the table: Word honours percentages, LibreOffice
     * lays a table out from its grid, so both are written.
     */
    private static void grid(XWPFTable t, int[] twips) {
        var ct = t.getCTTbl();
        var grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(java.math.BigInteger.valueOf(w));
        }
        t.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
        t.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        var pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    }

    static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 12 && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',' || ch == '%');
    }
}
