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
}
