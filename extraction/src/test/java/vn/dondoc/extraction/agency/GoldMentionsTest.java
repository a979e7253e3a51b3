package vn.dondoc.extraction.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.dondoc.extraction.text.VietnameseText;

/**
 * Every lead/support mention of the shared gold files resolves to an entry whose name equals it after
 * folding and punctuation removal (the scorer's comparison), except leads the README keeps "as written
 * where no agency exists".
 */
class GoldMentionsTest {

    /** Not agencies: the gold keeps them as written and the directory must not claim them. */
    static final Set<String> NOT_AGENCIES = Set.of("chu dau tu", "cac nha thau");

    static Path sharedDir() {
        String prop = System.getProperty("dondoc.shared-dir");
        List<Path> tries = new ArrayList<>();
        if (prop != null && !prop.isBlank()) {
            tries.add(Path.of(prop));
        }
        tries.add(Path.of("../../shared"));
        tries.add(Path.of("../shared"));
        tries.add(Path.of("../../../shared"));
        for (Path p : tries) {
            if (Files.isDirectory(p.resolve("samples/gold"))) {
                return p;
            }
        }
        return null;
    }

    static String key(String s) {
        return String.join(" ", VietnameseText.fold(s).split("[^a-z0-9]+")).strip();
    }

    static Set<String> goldMentions(Path shared) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Set<String> out = new TreeSet<>();
        for (String dir : List.of("samples/gold", "samples-dev/gold")) {
            Path d = shared.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode root = om.readTree(f.toFile());
                    for (JsonNode t : root.path("tasks")) {
                        for (String role : List.of("lead", "support")) {
                            for (JsonNode a : t.path(role)) {
                                out.add(a.asText());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyGoldMentionResolvesToItsOwnName() throws IOException {
        Path shared = sharedDir();
        assumeTrue(shared != null, "shared dir with samples/gold not found (set -Ddondoc.shared-dir)");
        Set<String> mentions = goldMentions(shared);
        assertThat(mentions).hasSizeGreaterThan(50);
        AgencyMatcher m = CsvAgencyDirectory.loadDefault().matcher();
        List<String> problems = new ArrayList<>();
        for (String mention : mentions) {
            var match = m.match(mention);
            if (NOT_AGENCIES.contains(key(mention))) {
                if (match.isPresent()) {
                    problems.add(mention + " -> should stay unresolved, got " + match.get().entry().code());
                }
                continue;
            }
            if (match.isEmpty()) {
                problems.add(mention + " -> unresolved");
            } else if (!key(match.get().entry().name()).equals(key(mention))) {
                problems.add(mention + " -> " + match.get().entry().name() + " (" + match.get().score() + ")");
            } else if (match.get().score() != 1.0) {
                problems.add(mention + " -> score " + match.get().score());
            }
        }
        assertThat(problems).isEmpty();
    }
}
