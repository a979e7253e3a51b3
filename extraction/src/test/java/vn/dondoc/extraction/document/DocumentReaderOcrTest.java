package vn.dondoc.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanned notices: rendered from known text, OCR'd with tesseract -l vie, compared. */
class DocumentReaderOcrTest {

    private static final Duration BOUND = Duration.ofMinutes(2);
    private static final List<String> KEY_PHRASES = List.of(
            "THÔNG BÁO", "Kết luận của Phó Chủ tịch UBND tỉnh", "Sở Tài chính", "trước ngày 15/3/2026",
            "Sở Xây dựng", "trước ngày 20/3/2026", "Sở Nông nghiệp và Môi trường", "trước ngày 31/3/2026",
            "Văn phòng UBND tỉnh");

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @BeforeEach
    void needsTesseract() {
        OcrAssumptions.assumeTesseractWithVietnamese();
    }

    @Test
    void pngScanOfNoticeReadsBackAlmostExactly() throws Exception {
        Path png = ScanFixtures.writePng(Notices.CONCLUSION, dir.resolve("thong-bao.png"));
        List<String> progress = new ArrayList<>();

        long start = System.nanoTime();
        DocumentText text = assertTimeoutPreemptively(BOUND,
                () -> reader.read(png, (done, total) -> progress.add(done + "/" + total)));
        report("PNG", 1, start);

        assertThat(text.mediaType()).isEqualTo("image/png");
        assertThat(text.ocr()).isTrue();
        assertThat(text.pages()).isEqualTo(1);
        assertThat(progress).containsExactly("1/1");
        assertCloseToNotice(text.text());
    }

    @Test
    void imageOnlyPdfIsOcrdPageByPage() throws Exception {
        String twoPages = Notices.CONCLUSION + "\n".repeat(30) + Notices.SHORT;
        Path pdf = ScanFixtures.writeImagePdf(twoPages, dir.resolve("scan.pdf"));
        List<String> progress = new ArrayList<>();

        long start = System.nanoTime();
        DocumentText text = assertTimeoutPreemptively(BOUND,
                () -> reader.read(pdf, (done, total) -> progress.add(done + "/" + total)));
        report("image PDF", text.pages(), start);

        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.ocr()).isTrue();
        assertThat(text.pages()).isEqualTo(2);
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(text.warnings()).anyMatch(w -> w.contains("OCR"));
        assertThat(TextMetrics.characterErrorRate(twoPages, text.text())).isLessThan(0.05);
        assertThat(text.text()).contains("trước ngày 10/4/2026");
    }

    @Test
    void multiPageTiffIsOcrdFrameByFrame() throws Exception {
        String twoPages = Notices.SHORT + "\n".repeat(45) + "Sở Giáo dục và Đào tạo báo cáo trước ngày 05/5/2026.";
        Path tiff = ScanFixtures.writeTiff(twoPages, dir.resolve("scan.tif"));
        List<String> progress = new ArrayList<>();

        DocumentText text = assertTimeoutPreemptively(BOUND,
                () -> reader.read(tiff, (done, total) -> progress.add(done + "/" + total)));

        assertThat(text.mediaType()).isEqualTo("image/tiff");
        assertThat(text.pages()).isEqualTo(2);
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(text.text()).contains("Sở Y tế", "trước ngày 10/4/2026", "Sở Giáo dục và Đào tạo", "05/5/2026");
    }

    @Test
    void mixedPdfKeepsTextLayerAndOcrsOnlyTheScannedPage() throws Exception {
        Path textPart = DocumentFixtures.textPdf(
                List.of("Trang một có lớp chữ: Sở Công Thương báo cáo trước ngày 12/6/2026."), dir.resolve("a.pdf"));
        Path scanPart = ScanFixtures.writeImagePdf(Notices.SHORT, dir.resolve("b.pdf"));
        Path mixed = dir.resolve("mixed.pdf");
        try (PDDocument a = Loader.loadPDF(textPart.toFile()); PDDocument b = Loader.loadPDF(scanPart.toFile())) {
            new PDFMergerUtility().appendDocument(a, b);
            a.save(mixed.toFile());
        }

        DocumentText text = assertTimeoutPreemptively(BOUND, () -> reader.read(mixed, null));

        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.ocr()).isTrue();
        assertThat(text.text()).contains("Trang một có lớp chữ: Sở Công Thương báo cáo trước ngày 12/6/2026.");
        assertThat(text.text()).contains("Sở Y tế", "trước ngày 10/4/2026");
    }

    @Test
    void jpegScanIsRead() throws Exception {
        Path jpeg = dir.resolve("anh-chup.jpg");
        javax.imageio.ImageIO.write(ScanFixtures.renderPages(Notices.SHORT).get(0), "jpeg", jpeg.toFile());

        DocumentText text = assertTimeoutPreemptively(BOUND, () -> reader.read(jpeg, null));

        assertThat(text.mediaType()).isEqualTo("image/jpeg");
        assertThat(TextMetrics.characterErrorRate(Notices.SHORT, text.text())).isLessThan(0.05);
    }

    @Test
    void secondsPerPageOnThisMachine() throws Exception {
        double perPage = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> OcrSpeed.secondsPerPage(2));

        System.out.printf("OCR speed: %.2f s per full A4 page at 300 dpi%n", perPage);
        assertThat(perPage).isLessThan(20.0);
    }

    @Test
    void pageOcrTimeoutKillsTesseract() throws Exception {
        Path png = ScanFixtures.writePng(Notices.CONCLUSION, dir.resolve("cham.png"));
        DocumentReader impatient = new DocumentReader(
                DocumentLimits.defaults().withTimeouts(Duration.ofMillis(150), Duration.ofMinutes(1)));

        DocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                        () -> impatient.read(png, null)));

        assertThat(e.reason()).isEqualTo(DocumentException.Reason.TIMEOUT);
        assertThat(e.getMessage()).startsWith("Trang 1 không đọc được: nhận dạng chữ quá 0,15 giây");
        Thread.sleep(500);
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").contains("tesseract")))
                .as("tesseract killed").isEmpty();
    }

    @Test
    void totalTimeoutStopsALongOcr() throws Exception {
        Path pdf = ScanFixtures.writeImagePdf(
                (Notices.CONCLUSION + "\n".repeat(30)).repeat(3), dir.resolve("long-scan.pdf"));
        DocumentReader hurried = new DocumentReader(
                DocumentLimits.defaults().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(2)));

        long start = System.nanoTime();
        DocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                        () -> hurried.read(pdf, null)));

        assertThat(e.reason()).isEqualTo(DocumentException.Reason.TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("Đọc tệp quá thời gian cho phép (2 giây)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private static void assertCloseToNotice(String ocr) {
        double cer = TextMetrics.characterErrorRate(Notices.CONCLUSION, ocr);
        System.out.printf("OCR character error rate: %.4f%n", cer);
        assertThat(cer).isLessThan(0.05);
        assertThat(TextMetrics.normalizeSpace(ocr)).contains(KEY_PHRASES);
    }

    private static void report(String what, int pages, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("OCR %s: %d page(s) in %.1f s = %.2f s/page%n", what, pages, seconds, seconds / pages);
    }
}
