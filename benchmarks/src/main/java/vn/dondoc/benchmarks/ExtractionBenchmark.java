package vn.dondoc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.ExtractedNotice;
import vn.dondoc.extraction.NoticeExtractor;

/**
 * Text notice → ExtractedNotice over the shared sample notices (read at setup from ../shared or
 * -Ddondoc.shared-dir), single thread. {@code perNotice} reports time per notice (use -bm sample for
 * percentiles/median); {@code allNotices} reports sets of 11 notices per second.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar -wi 3 -i 5 -f 1</pre>
 */
@State(Scope.Benchmark)
@Threads(1)
public class ExtractionBenchmark {

    /** Which notice {@link #perNotice} extracts. */
    @State(Scope.Thread)
    public static class Pick {
        @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"})
        public int notice;
    }

    private List<String> texts;
    private NoticeExtractor extractor;

    @Setup
    public void setup() throws IOException {
        Path shared = sharedDir();
        texts = new ArrayList<>();
        for (String set : List.of("samples/notices", "samples-dev/notices")) {
            Path dir = shared.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no notices found under " + shared);
        }
        extractor = new NoticeExtractor(AgencyDirectory.empty());
    }

    private static Path sharedDir() {
        String prop = System.getProperty("dondoc.shared-dir");
        if (prop != null) {
            return Paths.get(prop);
        }
        for (String c : List.of("../shared", "../../shared", "/work/shared")) {
            if (Files.isDirectory(Paths.get(c, "samples"))) {
                return Paths.get(c);
            }
        }
        return Paths.get("../shared");
    }

    /** One notice (chosen by the {@code notice} parameter). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ExtractedNotice perNotice(Pick pick) {
        return extractor.extract(texts.get(pick.notice % texts.size()));
    }

    /** All notices once; score × notice count = notices/s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int allNotices() {
        int n = 0;
        for (String t : texts) {
            n += extractor.extract(t).tasks().size();
        }
        return n;
    }
}
