package vn.dondoc.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents with a text layer: read exactly, without OCR, whatever their extension says. */
class DocumentReaderFormatsTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String DIRECTIVE = "Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/3/2026.";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void docxKeepsVietnameseExactly() throws Exception {
        Path docx = DocumentFixtures.docx(Notices.CONCLUSION.strip(), dir.resolve("thong-bao.docx"));

        DocumentText text = assertTimeoutPreemptively(BOUND, () -> reader.read(docx, null));

        assertThat(text.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.ocr()).isFalse();
        assertThat(text.warnings()).isEmpty();
        assertThat(TextMetrics.normalizeSpace(text.text())).isEqualTo(TextMetrics.normalizeSpace(Notices.CONCLUSION));
        assertThat(text.text()).contains("1. Sở Tài chính chủ trì", "\n2. Sở Xây dựng");
    }

    @Test
    void textPdfIsReadFromItsTextLayerWithProgress() throws Exception {
        Path pdf = DocumentFixtures.textPdf(List.of("THÔNG BÁO\n" + DIRECTIVE, "Trang hai: Sở Y tế."),
                dir.resolve("text.pdf"));
        List<String> progress = new ArrayList<>();

        DocumentText text = assertTimeoutPreemptively(BOUND,
                () -> reader.read(pdf, (done, total) -> progress.add(done + "/" + total)));

        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.ocr()).isFalse();
        assertThat(text.pages()).isEqualTo(2);
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(text.text()).isEqualTo("THÔNG BÁO\n" + DIRECTIVE + "\n\nTrang hai: Sở Y tế.");
    }

    @Test
    void odtRtfAndHtmlAreReadThroughTika() throws Exception {
        Path odt = DocumentFixtures.odt("THÔNG BÁO\n" + DIRECTIVE, dir.resolve("a.odt"));
        Path rtf = DocumentFixtures.rtf("THÔNG BÁO\n" + DIRECTIVE, dir.resolve("a.rtf"));
        Path html = Files.writeString(dir.resolve("a.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>TB</title></head><body><h1>THÔNG BÁO</h1><p>" + DIRECTIVE + "</p></body></html>");

        for (Path file : List.of(odt, rtf, html)) {
            DocumentText text = assertTimeoutPreemptively(BOUND, () -> reader.read(file, null));
            assertThat(text.text()).as(file.toString()).contains("THÔNG BÁO", DIRECTIVE);
            assertThat(text.ocr()).isFalse();
        }
    }

    @Test
    void typeComesFromContentNotFromName() throws Exception {
        Path docx = DocumentFixtures.docx(DIRECTIVE, dir.resolve("real.docx"));
        Path misnamed = Files.copy(docx, dir.resolve("ten-sai.pdf"));

        DocumentText text = assertTimeoutPreemptively(BOUND, () -> reader.read(misnamed, null));

        assertThat(text.mediaType()).contains("wordprocessingml");
        assertThat(text.text()).isEqualTo(DIRECTIVE);
    }

    @Test
    void streamWithoutNameIsDetectedToo() throws Exception {
        Path pdf = DocumentFixtures.textPdf(List.of(DIRECTIVE), dir.resolve("x.pdf"));

        DocumentText text;
        try (InputStream in = Files.newInputStream(pdf)) {
            text = assertTimeoutPreemptively(BOUND, () -> reader.read(in, null, null));
        }

        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.text()).isEqualTo(DIRECTIVE);
    }

    @Test
    void decomposedInputComesOutNfc() throws Exception {
        String nfd = Normalizer.normalize(DIRECTIVE, Normalizer.Form.NFD);
        Path docx = DocumentFixtures.docx(nfd, dir.resolve("nfd.docx"));

        DocumentText text = assertTimeoutPreemptively(BOUND, () -> reader.read(docx, null));

        assertThat(text.text()).isEqualTo(DIRECTIVE);
        assertThat(Normalizer.isNormalized(text.text(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void englishDocumentReadsFine() throws Exception {
        Path docx = DocumentFixtures.docx(Notices.ENGLISH.strip(), dir.resolve("minutes.docx"));
        Path txt = Files.writeString(dir.resolve("minutes.txt"), Notices.ENGLISH, StandardCharsets.US_ASCII);

        assertThat(reader.read(docx, null).text()).startsWith("MINUTES OF THE QUARTERLY REVIEW MEETING");
        assertThat(reader.read(txt, null).text()).isEqualTo(Notices.ENGLISH.strip());
    }
}
