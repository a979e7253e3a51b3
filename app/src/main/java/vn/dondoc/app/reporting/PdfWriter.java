package vn.dondoc.app.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders {@link Block}s as PDF (PDFBox) on A4 with the DOCX's margins. The font is Liberation Sans, a TrueType
 * font with every Vietnamese letter that ships inside PDFBox itself (so inside dondoc.jar), embedded as a
 * subset; bold is drawn as fill+stroke and italic as a slanted text matrix.
 */
final class PdfWriter {

    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MM = 72f / 25.4f;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 20 * MM;
    private static final float PAD = 2.5f;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private final Map<Integer, Float> glyphWidths = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
    private PDPageContentStream cs;
    private float y;

    private PdfWriter(PDDocument doc) throws IOException {
        this.doc = doc;
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IOException("font " + FONT_RESOURCE + " missing");
            }
            this.font = PDType0Font.load(doc, in, true);
        }
    }

    static byte[] write(List<Block> blocks, String title) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("dondoc");
            PdfWriter w = new PdfWriter(doc);
            w.newPage();
            for (Block b : blocks) {
                if (b instanceof Block.Para p) {
                    w.para(p);
                } else if (b instanceof Block.Columns c) {
                    w.columns(c);
                } else if (b instanceof Block.Table t) {
                    w.table(t);
                }
            }
            w.cs.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    private static float leading(int size) {
        return size * 1.3f;
    }

    private void para(Block.Para p) throws IOException {
        List<String> lines = wrap(p.text(), p.size(), width);
        if (lines.isEmpty()) {
            y -= leading(p.size()) * 0.6f;
            return;
        }
        for (String line : lines) {
            if (y - leading(p.size()) < BOTTOM) {
                newPage();
            }
            y -= leading(p.size());
            text(line, p.size(), p.bold(), p.italic(), x(line, p.size(), LEFT, width, p.align()), y + p.size() * 0.25f);
        }
        y -= 3;
    }

    private void columns(Block.Columns c) throws IOException {
        float leftWidth = width * c.leftShare() / 100f;
        float rightWidth = width - leftWidth;
        float h = Math.max(height(c.left(), c.size(), leftWidth), height(c.right(), c.size(), rightWidth));
        if (y - h < BOTTOM) {
            newPage();
        }
        draw(c.left(), c.size(), LEFT, leftWidth, c.leftAligned() ? Block.Align.LEFT : Block.Align.CENTER);
        draw(c.right(), c.size(), LEFT + leftWidth, rightWidth, Block.Align.CENTER);
        y -= h + 6;
    }

    private float height(List<Block.Cell> lines, int size, float w) throws IOException {
        int n = 0;
        for (Block.Cell l : lines) {
            n += Math.max(1, wrap(l.text(), size, w - 2 * PAD).size());
        }
        return n * leading(size);
    }

    private void draw(List<Block.Cell> lines, int size, float x0, float w, Block.Align align) throws IOException {
        float yy = y;
        for (Block.Cell l : lines) {
            for (String line : wrap(l.text(), size, w - 2 * PAD)) {
                yy -= leading(size);
                text(line, size, l.bold(), l.italic(), x(line, size, x0 + PAD, w - 2 * PAD, align), yy + size * 0.25f);
            }
        }
    }

    private void table(Block.Table t) throws IOException {
        int sum = java.util.Arrays.stream(t.widths()).sum();
        float[] w = new float[t.widths().length];
        for (int i = 0; i < w.length; i++) {
            w[i] = width * t.widths()[i] / sum;
        }
        List<String> header = t.rows().get(0);
        for (int r = 0; r < t.rows().size(); r++) {
            float h = rowHeight(t.rows().get(r), w, t.size());
            if (y - h < BOTTOM) {
                newPage();
                if (r > 0) {
                    row(header, w, t.size(), true, rowHeight(header, w, t.size()));
                }
            }
            row(t.rows().get(r), w, t.size(), t.boldRows().contains(r), h);
        }
        y -= 6;
    }

    private float rowHeight(List<String> cells, float[] w, int size) throws IOException {
        int lines = 1;
        for (int c = 0; c < w.length; c++) {
            lines = Math.max(lines, wrap(c < cells.size() ? cells.get(c) : "", size, w[c] - 2 * PAD).size());
        }
        return lines * leading(size) + 2 * PAD;
    }

    private void row(List<String> cells, float[] w, int size, boolean bold, float h) throws IOException {
        float x = LEFT;
        cs.setLineWidth(0.5f);
        for (int c = 0; c < w.length; c++) {
            cs.addRect(x, y - h, w[c], h);
            cs.stroke();
            String text = c < cells.size() ? cells.get(c) : "";
            Block.Align align = bold || DocxWriter.isNumber(text) ? Block.Align.CENTER : Block.Align.LEFT;
            float yy = y - PAD;
            for (String line : wrap(text, size, w[c] - 2 * PAD)) {
                yy -= leading(size);
                text(line, size, bold, false, this.x(line, size, x + PAD, w[c] - 2 * PAD, align), yy + size * 0.25f);
            }
            x += w[c];
        }
        y -= h;
    }

    private float x(String line, int size, float x0, float w, Block.Align align) throws IOException {
        float lw = width(line, size);
        return switch (align) {
            case CENTER -> x0 + (w - lw) / 2;
            case RIGHT -> x0 + w - lw;
            default -> x0;
        };
    }

    private void text(String line, int size, boolean bold, boolean italic, float x, float y) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth(size * 0.035f);
        } else {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.setTextMatrix(new Matrix(1, 0, italic ? 0.2f : 0, 1, x, y));
        cs.showText(line);
        cs.endText();
        if (bold) {
            cs.setLineWidth(0.5f);
        }
    }

    /** Width without kerning (PDFBox doesn't kern either), from cached glyph widths: wrapping measures a lot. */
    private float width(String s, int size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Float g = glyphWidths.get(cp);
            if (g == null) {
                g = font.getStringWidth(new String(Character.toChars(cp)));
                glyphWidths.put(cp, g);
            }
            w += g;
            i += Character.charCount(cp);
        }
        return w / 1000f * size;
    }

    /** The text cleaned (NFC, no control characters, letters the font lacks as '?') and wrapped to the width. */
    List<String> wrap(String raw, int size, float w) throws IOException {
        List<String> lines = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return lines;
        }
        String text = clean(raw);
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= w) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, size) > w && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size) > w) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\t', ' ');
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || (!Character.isISOControl(cp) && encodable.computeIfAbsent(cp, this::canEncode))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean canEncode(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
