package vn.dondoc.extraction.cli;

import vn.dondoc.extraction.agency.AgencyCsv;
import vn.dondoc.extraction.agency.CsvAgencyDirectory;
import vn.dondoc.extraction.document.DocumentException;
import vn.dondoc.extraction.document.DocumentReader;
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
 * writes {@code <basename>.json} per input into DIR (default: current directory; a name too long for the file
 * system is shortened, see {@link #outputName}). A file that cannot be
 * read gets a Vietnamese message on stderr; the others are still processed and the exit code is 1.
 */
public final class ExtractCli {

    /** Created on first use, after main has set up logging. */
    private static final class Reader {
        static final DocumentReader INSTANCE = new DocumentReader();
    }

    private ExtractCli() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        // The libraries' logging has nowhere to go in a CLI; keep stderr for the user's messages.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
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
                Path target = outDir.resolve(outputName(name));
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

    /** Longest file name most file systems take (ext4, NTFS, APFS: 255 bytes or UTF-16 units). */
    static final int MAX_NAME_BYTES = 255;

    /**
     * {@code <basename>.json} for an input file name; when that would be longer than {@link #MAX_NAME_BYTES}
     * bytes in UTF-8, the start of the base name (cut between characters), {@code -} and the first 8 hex digits
     * of the SHA-256 of the whole input name, so two long names with the same start still get two files.
     */
    static String outputName(String inputName) {
        String base = inputName.replaceFirst("\\.[^.]+$", "");
        if (base.isEmpty()) {
            base = inputName;
        }
        String plain = base + ".json";
        if (utf8Length(plain) <= MAX_NAME_BYTES) {
            return plain;
        }
        String suffix = "-" + shortHash(inputName) + ".json";
        int budget = MAX_NAME_BYTES - utf8Length(suffix);
        StringBuilder start = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(cp)));
            if (used + bytes > budget) {
                break;
            }
            start.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return start + suffix;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The agency directory: the one shipped with the library, or the agencies CSV given with {@code --agencies}
     * (with the {@code groups.csv} beside it, when there is one).
     */
    private static AgencyDirectory directory(Path csv, PrintStream err) {
        if (csv == null) {
            return CsvAgencyDirectory.loadDefault();
        }
        Path groups = csv.resolveSibling("groups.csv");
        return new CsvAgencyDirectory(AgencyCsv.readAgencies(csv),
                Files.isRegularFile(groups) ? AgencyCsv.readGroups(groups) : java.util.List.of());
    }

    /** Reads a notice file of any supported format; failures carry a Vietnamese message. */
    private static String readText(Path file, OcrProgress progress) throws DocumentException {
        return Reader.INSTANCE.read(file, progress).text();
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
