package vn.dondoc.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dondoc.extraction.agency.CsvAgencyDirectory;

/**
 * Runs the extractor over the shared sample notices, writes predictions to target/eval/&lt;set&gt;/ and
 * scores them with the Java port of score-extraction. Hard thresholds on {@code samples}; the other sets
 * are printed.
 */
class SampleEvaluationTest {

    static Path sharedDir() {
        String prop = System.getProperty("dondoc.shared-dir");
        if (prop != null && Files.isDirectory(Paths.get(prop).resolve("samples"))) {
            return Paths.get(prop);
        }
        for (String c : List.of("../../shared", "../shared")) {
            Path p = Paths.get(c).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("samples"))) {
                return p;
            }
        }
        return null;
    }

    static ExtractionScorer.Result run(String set, Path notices, Path gold, AgencyDirectory directory) throws IOException {
        NoticeExtractor extractor = new NoticeExtractor(directory);
        Path out = Paths.get("target", "eval", set);
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(notices)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                ExtractedNotice n = extractor.extract(text);
                String base = f.getFileName().toString().replaceFirst("\\.txt$", "");
                try (Writer w = Files.newBufferedWriter(out.resolve(base + ".json"), StandardCharsets.UTF_8)) {
                    ExtractionJson.write(n, w);
                }
            }
        }
        ExtractionScorer.Result r = ExtractionScorer.score(gold, out);
        System.out.println("== " + set + " ==");
        System.out.print(r.table());
        System.out.println(r.summaryLine());
        return r;
    }

    @Test
    void samples() throws IOException {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null, "shared samples not found");
        ExtractionScorer.Result r = run("samples", shared.resolve("samples/notices"), shared.resolve("samples/gold"),
                AgencyDirectory.empty());
        assertThat(r.summary().get("task_f1")).as("task F1").isGreaterThanOrEqualTo(0.95);
        assertThat(r.summary().get("lead")).as("lead").isGreaterThanOrEqualTo(0.95);
        assertThat(r.summary().get("deadline")).as("deadline").isGreaterThanOrEqualTo(0.97);
        assertThat(r.summary().get("support")).as("support").isGreaterThanOrEqualTo(0.85);
        assertThat(r.summary().get("meta")).as("meta").isGreaterThanOrEqualTo(0.9);
    }

    /** The same thresholds with the directory shipped with the library (what the CLI uses). */
    @Test
    void samplesWithDefaultDirectory() throws Exception {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null, "shared samples not found");
        ExtractionScorer.Result r = run("samples-directory", shared.resolve("samples/notices"),
                shared.resolve("samples/gold"), CsvAgencyDirectory.loadDefault());
        assertThresholds(r, 0.95);
    }

    /**
     * Other issuers (Government Office, Party, a ministry, another city): printed, and guarded against
     * regression. Lead is held to 0.90 here, not 0.95: long names of central bodies are still cut short
     * (see the issue note).
     */
    @Test
    void samplesDev() throws IOException {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("samples-dev")), "no samples-dev");
        ExtractionScorer.Result r = run("samples-dev", shared.resolve("samples-dev/notices"),
                shared.resolve("samples-dev/gold"), CsvAgencyDirectory.loadDefault());
        assertThresholds(r, 0.90);
    }

    /** The team's own written notices (extraction/src/test/resources/notices-own), all kinds the samples lack. */
    @Test
    void ownNotices() throws IOException {
        Path own = Paths.get(System.getProperty("dondoc.own-notices", "src/test/resources/notices-own"));
        Assumptions.assumeTrue(Files.isDirectory(own.resolve("notices")) && Files.isDirectory(own.resolve("gold")),
                "no own notices");
        ExtractionScorer.Result r = run("notices-own", own.resolve("notices"), own.resolve("gold"),
                CsvAgencyDirectory.loadDefault());
        assertThresholds(r, 0.95);
    }

    /** The demo notices the app seeds in demo mode (app/src/main/resources/demo/notices, gold beside each). */
    @Test
    void demoNotices(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path demo = Paths.get("../app/src/main/resources/demo/notices");
        Assumptions.assumeTrue(Files.isDirectory(demo), "no demo notices");
        Path notices = Files.createDirectories(tmp.resolve("notices"));
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        try (var files = Files.list(demo)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".gold.json")) {
                    Files.copy(f, gold.resolve(name.replace(".gold.json", ".json")));
                } else if (name.endsWith(".txt")) {
                    Files.copy(f, notices.resolve(name));
                }
            }
        }
        ExtractionScorer.Result r = run("demo", notices, gold, CsvAgencyDirectory.loadDefault());
        assertThresholds(r, 0.95);
    }

    private static void assertThresholds(ExtractionScorer.Result r, double lead) {
        assertThat(r.summary().get("task_f1")).as("task F1").isGreaterThanOrEqualTo(0.95);
        assertThat(r.summary().get("lead")).as("lead").isGreaterThanOrEqualTo(lead);
        assertThat(r.summary().get("deadline")).as("deadline").isGreaterThanOrEqualTo(0.97);
        assertThat(r.summary().get("support")).as("support").isGreaterThanOrEqualTo(0.85);
        assertThat(r.summary().get("meta")).as("meta").isGreaterThanOrEqualTo(0.9);
    }
}
