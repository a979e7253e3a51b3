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
        for (String c : List.of("../../shared", "../shared", "/work/shared")) {
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

    /** The same thresholds with the shipped directory, once package {@code agency} is merged. */
    @Test
    void samplesWithDefaultDirectory() throws Exception {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null, "shared samples not found");
        AgencyDirectory directory = defaultDirectory();
        Assumptions.assumeTrue(directory != null, "CsvAgencyDirectory not on the class path yet");
        ExtractionScorer.Result r = run("samples-directory", shared.resolve("samples/notices"),
                shared.resolve("samples/gold"), directory);
        assertThat(r.summary().get("task_f1")).as("task F1").isGreaterThanOrEqualTo(0.95);
        assertThat(r.summary().get("lead")).as("lead").isGreaterThanOrEqualTo(0.95);
        assertThat(r.summary().get("deadline")).as("deadline").isGreaterThanOrEqualTo(0.97);
        assertThat(r.summary().get("support")).as("support").isGreaterThanOrEqualTo(0.85);
        assertThat(r.summary().get("meta")).as("meta").isGreaterThanOrEqualTo(0.9);
        if (Files.isDirectory(shared.resolve("samples-dev"))) {
            run("samples-dev-directory", shared.resolve("samples-dev/notices"), shared.resolve("samples-dev/gold"),
                    directory);
        }
    }

    static AgencyDirectory defaultDirectory() {
        try {
            Class<?> c = Class.forName("vn.dondoc.extraction.agency.CsvAgencyDirectory");
            return (AgencyDirectory) c.getMethod("loadDefault").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    @Test
    void samplesDev() throws IOException {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("samples-dev")), "no samples-dev");
        run("samples-dev", shared.resolve("samples-dev/notices"), shared.resolve("samples-dev/gold"),
                AgencyDirectory.empty());
    }

    @Test
    void ownNotices() throws IOException {
        Path own = Paths.get(System.getProperty("dondoc.own-notices", "src/test/resources/notices-own"));
        Assumptions.assumeTrue(Files.isDirectory(own.resolve("notices")) && Files.isDirectory(own.resolve("gold")),
                "no own notices");
        run("notices-own", own.resolve("notices"), own.resolve("gold"), AgencyDirectory.empty());
    }
}
