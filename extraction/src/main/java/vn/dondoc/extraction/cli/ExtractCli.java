package vn.dondoc.extraction.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.ExtractedNotice;
import vn.dondoc.extraction.ExtractionJson;
import vn.dondoc.extraction.NoticeExtractor;
import vn.dondoc.extraction.document.OcrProgress;

/**
 * Command line: {@code java -jar dondoc-extract.jar [--out DIR] [--progress] [--agencies CSV] FILE...}
 * writes {@code <basename>.json} per input into DIR (default: current directory). A file that cannot be
 * read gets a Vietnamese message on stderr; the others are still processed and the exit code is 1.
 */
public final class ExtractCli {

    private ExtractCli() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI; returns the exit code (0 ok, 1 some file failed, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = Paths.get(".");
        boolean progress = false;
        Path agencies = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> {
                    if (++i >= args.length) {
                        return usage(err, "Thiếu thư mục sau --out.");
                    }
                    outDir = Paths.get(args[i]);
                }
                case "--progress" -> progress = true;
                case "--agencies" -> {
                    if (++i >= args.length) {
                        return usage(err, "Thiếu tệp CSV sau --agencies.");
                    }
                    agencies = Paths.get(args[i]);
                }
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> files.add(Paths.get(args[i]));
            }
        }
        if (files.isEmpty()) {
            return usage(err, "Chưa chỉ định tệp văn bản nào.");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("Không tạo được thư mục kết quả " + outDir + ": " + e.getMessage());
            return 1;
        }
        NoticeExtractor extractor = new NoticeExtractor(directory(agencies, err));
        int failures = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            OcrProgress p = progress ? (done, total) -> err.printf("%s: trang %d/%d%n", name, done, total) : OcrProgress.none();
            try {
                String text = readText(file, p);
                long t0 = System.nanoTime();
                ExtractedNotice notice = extractor.extract(text);
                Path target = outDir.resolve(name.replaceFirst("\\.[^.]+$", "") + ".json");
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    ExtractionJson.write(notice, w);
                }
                if (progress) {
                    err.printf("%s: %d nhiệm vụ, %.1f ms → %s%n", name, notice.tasks().size(),
                            (System.nanoTime() - t0) / 1e6, target);
                }
            } catch (Exception e) {
                failures++;
                err.println("Lỗi: không xử lý được tệp " + file + ": " + message(e));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** The agency directory. */
    private static AgencyDirectory directory(Path csv, PrintStream err) {
        if (csv != null) {
            // TODO(agency): load the directory from the --agencies CSV once package agency is merged
            err.println("Cảnh báo: chưa hỗ trợ danh mục đơn vị từ tệp CSV, dùng danh mục mặc định.");
        }
        return AgencyDirectory.empty(); // TODO(agency): return CsvAgencyDirectory.loadDefault();
    }

    /** Reads a notice file (any format once DocumentReader is merged; its DocumentException has a Vietnamese message). */
    private static String readText(Path file, OcrProgress progress) throws Exception {
        return readUtf8Text(file); // TODO(document): return new DocumentReader().read(file, progress).text();
    }

    /** Interim reader: UTF-8 text files only. */
    private static String readUtf8Text(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("tệp không tồn tại hoặc không phải tệp thường");
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".md")) {
            throw new IOException("hiện chỉ đọc được tệp văn bản .txt (PDF, DOCX, ảnh quét sẽ được hỗ trợ)");
        }
        byte[] bytes = Files.readAllBytes(file);
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        try {
            return dec.decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("tệp không phải văn bản UTF-8");
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int usage(PrintStream s, String problem) {
        if (problem != null) {
            s.println(problem);
        }
        s.println("Cách dùng: java -jar dondoc-extract.jar [--out THƯ_MỤC] [--progress] [--agencies CSV] TỆP...");
        return problem == null ? 0 : 2;
    }
}
