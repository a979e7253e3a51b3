package vn.dondoc.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reader shared by several threads. */
class DocumentReaderConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void parallelReadsOfDifferentFormats() throws Exception {
        DocumentReader reader = new DocumentReader();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = "Văn bản số " + i + ": Sở Tài chính báo cáo trước ngày 15/3/2026.";
            files.add(DocumentFixtures.docx(text, dir.resolve(i + ".docx")));
            files.add(DocumentFixtures.textPdf(List.of(text), dir.resolve(i + ".pdf")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentText>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(pool.submit(() -> reader.read(file, null)));
            }
            for (int i = 0; i < files.size(); i++) {
                Future<DocumentText> result = results.get(i);
                DocumentText text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> result.get());
                assertThat(text.text()).isEqualTo("Văn bản số " + (i / 2) + ": Sở Tài chính báo cáo trước ngày 15/3/2026.");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
