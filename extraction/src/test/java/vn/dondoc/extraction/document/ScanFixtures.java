package vn.dondoc.extraction.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Test fixtures that look like scanned paper: any text rendered on A4 pages at 300 dpi in DejaVu Serif
 * 12 pt, lines wrapped at the margins, black on white. Use {@link #writeImagePdf} for an image-only PDF
 * (no text layer, so reading it needs OCR), {@link #writePng} for a one-page scan, {@link #writeTiff} for
 * a multi-page TIFF, or {@link #renderPages} for the images themselves.
 *
 * <p>Needs the Debian package fonts-dejavu-core.
 */
public final class ScanFixtures {

    public static final int DPI = 300;
    public static final Path SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    public static final Path SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static final int PAGE_WIDTH = px(210);   // A4, mm
    private static final int PAGE_HEIGHT = px(297);
    private static final int MARGIN = px(20);
    private static final float FONT_POINTS = 12f;
    private static final double LINE_SPACING = 1.35;

    private ScanFixtures() {
    }

    /** The text on as many A4 pages as it needs, each a 300-dpi grayscale image. */
    public static List<BufferedImage> renderPages(String text) {
        Font font = serif().deriveFont(FONT_POINTS * DPI / 72f);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(font);
        pg.dispose();
        List<String> lines = wrap(text, metrics, PAGE_WIDTH - 2 * MARGIN);
        int lineHeight = (int) Math.round(metrics.getHeight() * LINE_SPACING);
        int linesPerPage = (PAGE_HEIGHT - 2 * MARGIN) / lineHeight;
        List<BufferedImage> pages = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += linesPerPage) {
            List<String> pageLines = lines.subList(start, Math.min(lines.size(), start + linesPerPage));
            pages.add(drawPage(pageLines, font, metrics, lineHeight));
        }
        if (pages.isEmpty()) {
            pages.add(drawPage(List.of(), font, metrics, lineHeight));
        }
        return pages;
    }

    /** An image-only PDF (no text layer), one A4 page per rendered page. */
    public static Path writeImagePdf(String text, Path target) throws IOException {
        return writeImagePdf(renderPages(text), target);
    }

    /** An image-only PDF of the given 300-dpi page images, each on an A4 page. */
    public static Path writeImagePdf(List<BufferedImage> pages, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(target.toFile());
        }
        return target;
    }

    /** A one-page 300-dpi PNG; fails when the text needs more than one page. */
    public static Path writePng(String text, Path target) throws IOException {
        List<BufferedImage> pages = renderPages(text);
        if (pages.size() != 1) {
            throw new IllegalArgumentException("text needs " + pages.size() + " pages; use writeImagePdf");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
            writer.setOutput(out);
            BufferedImage image = pages.get(0);
            writer.write(new IIOImage(image, null, withDpi(writer, image)));
        } finally {
            writer.dispose();
        }
        return target;
    }

    /** A multi-page TIFF (Deflate), one frame per page. */
    public static Path writeTiff(String text, Path target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : renderPages(text)) {
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return target;
    }

    /** Text wrapped into lines no wider than {@code width}; "\n" starts a new line, blank lines kept. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static BufferedImage drawPage(List<String> lines, Font font, FontMetrics metrics, int lineHeight) {
        BufferedImage image = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.BLACK);
            g.setFont(font);
            int y = MARGIN + metrics.getAscent();
            for (String line : lines) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static IIOMetadata withDpi(ImageWriter writer, BufferedImage image) throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        double mmPerPixel = 25.4 / DPI;
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", Double.toString(mmPerPixel));
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", Double.toString(mmPerPixel));
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
        return metadata;
    }

    private static Font serif() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, SERIF.toFile());
        } catch (FontFormatException e) {
            throw new IllegalStateException(SERIF + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException("DejaVu Serif missing (install fonts-dejavu-core): " + SERIF, e);
        }
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }
}
