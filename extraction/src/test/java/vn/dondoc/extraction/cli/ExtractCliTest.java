package vn.dondoc.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCliTest {

    @Test
    void writesJsonAndReportsBadFiles(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("tb.txt");
        Files.writeString(good, "Kết luận như sau:\n1. Sở Tư pháp: Rà soát văn bản, hoàn thành trước ngày 01/7/2026.\n");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCli.run(new String[] {"--out", out.toString(), dir.resolve("missing.txt").toString(),
                good.toString()}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("không xử lý được tệp").contains("missing.txt");
        assertThat(Files.readString(out.resolve("tb.json"))).contains("\"deadline\" : \"2026-07-01\"");
    }

    @Test
    void usageWithoutFiles() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ExtractCli.run(new String[0], System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
    }

    /**
     * Input names of 252–255 bytes: {@code <name>.json} would be too long for the file system (255 bytes), so
     * the output name keeps the start and adds a short hash; a name that fits stays as it was.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bytes, {1}{2}")
    @org.junit.jupiter.params.provider.CsvSource({"252,ascii,''", "253,ascii,''", "254,ascii,''", "255,ascii,''",
            "252,vietnamese,''", "253,vietnamese,''", "254,vietnamese,''", "255,vietnamese,''",
            "255,ascii,.txt", "255,vietnamese,.txt", "254,vietnamese,.txt", "252,ascii,.pdf"})
    void longInputNamesGetOutputNamesTheFileSystemTakes(int bytes, String kind, String ext, @TempDir Path dir)
            throws Exception {
        String name = longName(bytes, kind, ext);
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        Path input = Files.writeString(dir.resolve(name),
                "Kết luận như sau:\n1. Sở Tư pháp: Rà soát văn bản, hoàn thành trước ngày 01/7/2026.\n");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCli.run(new String[] {"--out", out.toString(), input.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (var files = Files.list(out)) {
            var written = files.toList();
            assertThat(written).hasSize(1);
            String json = written.get(0).getFileName().toString();
            assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            String base = name.substring(0, name.length() - ext.length());
            if ((base + ".json").getBytes(StandardCharsets.UTF_8).length <= 255) {
                assertThat(json).isEqualTo(base + ".json");
            } else {
                assertThat(json).matches("(?s).*-[0-9a-f]{8}\\.json");
                String start = json.substring(0, json.length() - "-12345678.json".length());
                assertThat(base).startsWith(start);
                assertThat(start.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(230);
            }
            assertThat(Files.readString(written.get(0))).contains("\"deadline\" : \"2026-07-01\"");
        }
    }

    @Test
    void outputNamesStayWholeWhenTheyFitAndDifferWhenShortened() {
        String fits = "a".repeat(250);
        assertThat(ExtractCli.outputName(fits + ".txt")).isEqualTo(fits + ".json");
        assertThat(ExtractCli.outputName("tb.txt")).isEqualTo("tb.json");
        String a = ExtractCli.outputName("ư".repeat(125) + "a.pdf");
        String b = ExtractCli.outputName("ư".repeat(125) + "b.pdf");
        assertThat(a).isNotEqualTo(b);
        for (String s : new String[] {a, b}) {
            assertThat(s.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            // cut between characters: no half of a two-byte letter
            assertThat(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(s)
                    .doesNotContain("\uFFFD");
        }
        // nor of a four-byte one
        String emoji = ExtractCli.outputName("\uD83D\uDCC4".repeat(63) + ".docx");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(new String(emoji.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(emoji);
    }

    /** A file name of exactly {@code bytes} bytes in UTF-8, ending in {@code ext}. */
    static String longName(int bytes, String kind, String ext) {
        String unit = kind.equals("vietnamese") ? "thông báo kết luận " : "thong-bao-ket-luan-";
        int budget = bytes - ext.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder s = new StringBuilder();
        int used = 0;
        for (int i = 0; ; i = (i + 1) % unit.length()) {
            String c = unit.substring(i, i + 1);
            int n = c.getBytes(StandardCharsets.UTF_8).length;
            if (used + n > budget) {
                break;
            }
            s.append(c);
            used += n;
        }
        return s + "x".repeat(budget - used) + ext;
    }
}
