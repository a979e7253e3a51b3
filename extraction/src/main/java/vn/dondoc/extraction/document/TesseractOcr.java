package vn.dondoc.extraction.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the {@code tesseract} binary on one page image with {@code -l vie}, in its own process that is
 * killed when the page takes too long. Thread-safe; at most {@link #MAX_PARALLEL} processes run at once
 * across the JVM so that parallel reads do not thrash the CPU.
 */
final class TesseractOcr {

    static final String LANGUAGE = "vie";
    private static final int MAX_PARALLEL = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final Semaphore SLOTS = new Semaphore(MAX_PARALLEL, true);
    private static final int MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(15);

    private final String binary;
    private volatile boolean checked;

    /** @param binary the executable, "tesseract" to look it up on the PATH */
    TesseractOcr(String binary) {
        this.binary = binary;
    }

    /** Throws OCR_UNAVAILABLE unless the binary runs and knows Vietnamese. Success is remembered. */
    void ensureAvailable() throws DocumentException {
        if (checked) {
            return;
        }
        String langs;
        try {
            Process p = new ProcessBuilder(binary, "--list-langs").redirectErrorStream(true).start();
            try (InputStream out = p.getInputStream()) {
                langs = new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw unavailable("Tesseract OCR không phản hồi");
            }
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.OCR_UNAVAILABLE,
                    "Tệp là bản quét (ảnh) nhưng máy chủ chưa cài phần mềm nhận dạng chữ Tesseract OCR"
                            + " (gói tesseract-ocr và tesseract-ocr-vie)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Kiểm tra Tesseract OCR bị ngắt");
        }
        if (langs.lines().map(String::strip).noneMatch(LANGUAGE::equals)) {
            throw unavailable("Tesseract OCR chưa có dữ liệu tiếng Việt (cài gói tesseract-ocr-vie)");
        }
        checked = true;
    }

    /**
     * OCR text of one page image.
     *
     * @param image   a PNG/PNM/TIFF file
     * @param dpi     the image resolution when known, else 0 (Tesseract estimates it)
     * @param timeout the process is killed after it
     * @throws TimeoutException when the page took too long (or no OCR slot became free in time)
     * @throws IOException      when Tesseract failed on this page
     */
    String recognize(Path image, int dpi, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        long start = System.nanoTime();
        if (!SLOTS.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("no OCR slot");
        }
        try {
            Duration left = timeout.minusNanos(System.nanoTime() - start);
            return run(image, dpi, left);
        } finally {
            SLOTS.release();
        }
    }

    private String run(Path image, int dpi, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        Path out = Files.createTempFile(image.getParent(), "ocr-", ".txt");
        Path err = Files.createTempFile(image.getParent(), "ocr-", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(binary, image.toString(), "stdout", "-l", LANGUAGE));
            if (dpi > 0) {
                command.addAll(List.of("--dpi", Integer.toString(dpi)));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // One thread per process: on a small shared machine OpenMP threads only add overhead.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                kill(process);
                throw e;
            }
            if (!finished) {
                kill(process);
                throw new TimeoutException("tesseract exceeded " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract exit " + process.exitValue() + ": " + head(err));
            }
            return head(out, MAX_OUTPUT_BYTES);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    private static String head(Path file) throws IOException {
        return head(file, 2000).strip();
    }

    private static String head(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8);
        }
    }

    private static DocumentException unavailable(String message) {
        return new DocumentException(DocumentException.Reason.OCR_UNAVAILABLE, message);
    }
}
