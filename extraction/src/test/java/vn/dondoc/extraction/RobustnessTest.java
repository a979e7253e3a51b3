package vn.dondoc.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The extractor never throws on odd input and is safe to share between threads. */
class RobustnessTest {

    private final NoticeExtractor extractor = new NoticeExtractor(AgencyDirectory.empty());

    @Test
    void oddInputs() {
        for (String s : List.of("", " ", "\n\n\n", "1.", "a)", "- ", "+", "Số:", "ngày  tháng  năm", "|||***###",
                "Kết luận như sau:", "Kết luận như sau:\n1. Sở Tư pháp:", "\uFEFFTHÔNG BÁO\r\nSố: 1/TB\r\n",
                "trước ngày 31/02/2026", "Quý V/2026", "I. II. III.", "(i)(ii)", "Tỉnh", "các", "UBND các tỉnh:")) {
            assertThatCode(() -> extractor.extract(s)).as(s).doesNotThrowAnyException();
        }
    }

    @Test
    void truncatedAndShuffledSamplesDoNotThrow() throws IOException {
        List<String> texts = samples();
        Assumptions.assumeTrue(!texts.isEmpty());
        Random random = new Random(7);
        for (String t : texts) {
            for (int k = 0; k < 20; k++) {
                int a = random.nextInt(t.length());
                int b = a + random.nextInt(t.length() - a);
                String cut = t.substring(a, b);
                assertThatCode(() -> extractor.extract(cut)).doesNotThrowAnyException();
            }
            String[] lines = t.split("\n");
            List<String> list = new ArrayList<>(List.of(lines));
            java.util.Collections.shuffle(list, random);
            assertThatCode(() -> extractor.extract(String.join("\n", list))).doesNotThrowAnyException();
        }
    }

    @Test
    void threadSafe() throws Exception {
        List<String> texts = samples();
        Assumptions.assumeTrue(!texts.isEmpty());
        List<String> expected = texts.stream().map(t -> ExtractionJson.toJson(extractor.extract(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                for (int i = 0; i < texts.size(); i++) {
                    int idx = i;
                    results.add(pool.submit(() -> ExtractionJson.toJson(extractor.extract(texts.get(idx)))
                            .equals(expected.get(idx))));
                }
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> samples() throws IOException {
        Path shared = SampleEvaluationTest.sharedDir();
        if (shared == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String set : List.of("samples/notices", "samples-dev/notices")) {
            Path dir = shared.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
