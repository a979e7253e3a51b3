package vn.dondoc.extraction.document;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Measures OCR seconds per page on this machine: an image-only PDF of full A4 pages of notice text
 * (300 dpi, 12 pt, about 2 300 characters a page) read with {@link DocumentReader}. Run:
 * {@code java -cp <test classpath> vn.dondoc.extraction.document.OcrSpeed [pages]}
 */
public final class OcrSpeed {

    private OcrSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        System.out.printf("%.2f s/page%n", secondsPerPage(pages));
    }

    /** Renders {@code pages} full pages, OCRs them, returns wall-clock seconds per page. */
    static double secondsPerPage(int pages) throws Exception {
        Path dir = Files.createTempDirectory("ocr-speed-");
        try {
            List<BufferedImage> full = ScanFixtures.renderPages(
                    (Notices.CONCLUSION + "\n").repeat(2 * pages + 2)).subList(0, pages);
            Path pdf = ScanFixtures.writeImagePdf(full, dir.resolve("speed.pdf"));
            DocumentReader reader = new DocumentReader(
                    DocumentLimits.defaults().withTimeouts(Duration.ofMinutes(2), Duration.ofMinutes(30)));
            long start = System.nanoTime();
            DocumentText result = reader.read(pdf, (done, total) -> System.out.printf("page %d/%d at %.1f s%n",
                    done, total, (System.nanoTime() - start) / 1e9));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d pages (%d chars) in %.1f s%n", result.pages(), result.text().length(), seconds);
            return seconds / pages;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
