package vn.dondoc.extraction.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * OCR of the pages of one document: page images go to a private temporary folder as PGM files and
 * through {@link TesseractOcr}, within the per-page and total time limits. A page that fails or times out
 * becomes a warning; running out of total time is an error.
 */
final class OcrSession implements AutoCloseable {

    private final TesseractOcr tesseract;
    private final DocumentLimits limits;
    private final Deadline deadline;
    private final List<String> warnings;
    private Path dir;
    private DocumentException firstFailure;

    OcrSession(TesseractOcr tesseract, DocumentLimits limits, Deadline deadline, List<String> warnings) {
        this.tesseract = tesseract;
        this.limits = limits;
        this.deadline = deadline;
        this.warnings = warnings;
    }

    /**
     * Text of one page image, "" when that page could not be read (a warning is added).
     *
     * @param dpi the image resolution when known, else 0
     */
    String page(BufferedImage image, int pageNumber, int dpi) throws DocumentException {
        BufferedImage gray = toGray(image);
        if (isBlank(gray)) {
            return "";
        }
        tesseract.ensureAvailable();
        deadline.check();
        try {
            Path file = writePgm(gray, pageNumber);
            try {
                return tesseract.recognize(file, dpi, deadline.cap(limits.perPageOcrTimeout()));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (TimeoutException e) {
            deadline.check();
            fail(DocumentException.Reason.TIMEOUT, "Trang " + pageNumber + " không đọc được: nhận dạng chữ quá "
                    + Deadline.seconds(limits.perPageOcrTimeout()) + " giây");
        } catch (IOException e) {
            fail(DocumentException.Reason.CORRUPT, "Trang " + pageNumber + " không đọc được: lỗi nhận dạng chữ");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException(DocumentException.Reason.TIMEOUT, "Việc đọc tệp bị dừng");
        }
        return "";
    }

    private void fail(DocumentException.Reason reason, String message) {
        warnings.add(message);
        if (firstFailure == null) {
            firstFailure = new DocumentException(reason, message);
        }
    }

    /** The first page that could not be read, if any: the error to report when no page gave text. */
    DocumentException firstFailure() {
        return firstFailure;
    }

    /** A page with (almost) no dark pixels: nothing to read, no OCR needed. */
    static boolean isBlank(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] row = new int[w];
        long samples = 0;
        long dark = 0;
        for (int y = 0; y < h; y += 3) {
            gray.getRaster().getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += 3) {
                samples++;
                if (row[x] < 128) {
                    dark++;
                }
            }
        }
        return dark * 2000 < samples;
    }

    private Path writePgm(BufferedImage gray, int pageNumber) throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("dondoc-ocr-");
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        Path file = dir.resolve("page-" + pageNumber + ".pgm");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                gray.getRaster().getDataElements(0, y, w, 1, row);
                out.write(row);
            }
        }
        return file;
    }

    private static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE); // transparent areas become paper, not black
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    @Override
    public void close() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: the OS cleans its temp folder
        }
    }
}
