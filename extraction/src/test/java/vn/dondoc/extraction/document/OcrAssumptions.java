package vn.dondoc.extraction.document;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Skips OCR tests on machines without {@code tesseract} and its Vietnamese data. */
final class OcrAssumptions {

    private static Boolean available;

    private OcrAssumptions() {
    }

    static synchronized void assumeTesseractWithVietnamese() {
        if (available == null) {
            available = check();
        }
        assumeTrue(available, "tesseract with 'vie' not installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
    }

    private static boolean check() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(15, TimeUnit.SECONDS) && out.lines().anyMatch("vie"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
