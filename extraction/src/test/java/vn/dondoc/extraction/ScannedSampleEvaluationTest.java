package vn.dondoc.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dondoc.extraction.agency.CsvAgencyDirectory;
import vn.dondoc.extraction.document.DocumentReader;
import vn.dondoc.extraction.document.DocumentText;
import vn.dondoc.extraction.document.ScanFixtures;

/**
 * The sample notices printed to image-only PDFs (300 dpi, no text layer), read back through Tesseract and
 * extracted: the tasks must survive the scan (task F1 ≥ 0.9). Prints seconds per OCR page.
 */
class ScannedSampleEvaluationTest {

    @Test
    void scannedSamplesStillGiveTheirTasks() throws Exception {
        Path shared = SampleEvaluationTest.sharedDir();
        Assumptions.assumeTrue(shared != null, "shared samples not found");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "tesseract not installed");
        Path gold = Paths.get("target", "eval", "scan-gold");
        Path out = Paths.get("target", "eval", "scan");
        Path pdfs = Paths.get("target", "eval", "scan-pdf");
        for (Path d : List.of(gold, out, pdfs)) {
            Files.createDirectories(d);
        }
        DocumentReader reader = new DocumentReader();
        NoticeExtractor extractor = new NoticeExtractor(CsvAgencyDirectory.loadDefault());
        int pages = 0;
        long ocrNanos = 0;
        try (var files = Files.list(shared.resolve("samples/notices"))) {
            for (Path notice : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String base = notice.getFileName().toString().replaceFirst("\\.txt$", "");
                Files.copy(shared.resolve("samples/gold/" + base + ".json"), gold.resolve(base + ".json"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Path pdf = ScanFixtures.writeImagePdf(printed(Files.readString(notice, StandardCharsets.UTF_8)),
                        pdfs.resolve(base + ".pdf"));
                long t0 = System.nanoTime();
                DocumentText text = reader.read(pdf, (done, total) -> { });
                ocrNanos += System.nanoTime() - t0;
                pages += text.pages();
                assertThat(text.ocr()).isTrue();
                Files.writeString(out.resolve(base + ".txt"), text.text(), StandardCharsets.UTF_8);
                try (Writer w = Files.newBufferedWriter(out.resolve(base + ".json"), StandardCharsets.UTF_8)) {
                    ExtractionJson.write(extractor.extract(text.text()), w);
                }
            }
        }
        ExtractionScorer.Result r = ExtractionScorer.score(gold, out);
        System.out.println("== samples scanned (image PDF → Tesseract vie) ==");
        System.out.print(r.table());
        System.out.println(r.summaryLine());
        System.out.printf("OCR: %d pages, %.2f s per page%n", pages, ocrNanos / 1e9 / Math.max(1, pages));
        assertThat(r.summary().get("task_f1")).as("task F1 on scans").isGreaterThanOrEqualTo(0.9);
    }

    /**
     * The text as a printer shows it: Markdown and HTML marks of the stored samples (bold, heading marks,
     * superscript tags) are rendering instructions, not ink on the page.
     */
    static String printed(String markdown) {
        return markdown.replaceAll("(?m)^#{1,6}\\s*", "")
                .replace("**", "")
                .replaceAll("</?sup>", "")
                .replaceAll("(?<=\\s|^)\\*(?=\\S)|(?<=\\S)\\*(?=[\\s.,;:]|$)", "");
    }
}
