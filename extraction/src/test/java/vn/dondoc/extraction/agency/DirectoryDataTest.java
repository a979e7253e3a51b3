package vn.dondoc.extraction.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryDataTest {

    static final CsvAgencyDirectory DIR = CsvAgencyDirectory.loadDefault();

    @Test
    void codesAreUniqueAsciiAndStable() {
        Set<String> seen = new HashSet<>();
        for (AgencyEntry e : DIR.entries()) {
            assertThat(seen.add(e.code())).as("duplicate " + e.code()).isTrue();
            assertThat(e.code()).matches("[A-Z0-9]+(-[A-Z0-9]+)*");
            assertThat(e.name()).isNotBlank();
        }
    }

    @Test
    void countsByKind() {
        Map<String, Long> byKind = DIR.entries().stream()
                .collect(Collectors.groupingBy(AgencyEntry::kind, TreeMap::new, Collectors.counting()));
        System.out.println("entries by kind: " + byKind);
        assertThat(byKind.get("TINH_THANH")).isEqualTo(34);
        assertThat(byKind.get("BO_NGANH_TW")).isEqualTo(17);
        List<AgencyEntry> communes = DIR.entries().stream().filter(e -> e.kind().equals("XA_PHUONG_DAC_KHU")).toList();
        assertThat(communes).hasSize(96);
        assertThat(communes.stream().filter(e -> e.name().startsWith("Ủy ban nhân dân xã "))).hasSize(86);
        assertThat(communes.stream().filter(e -> e.name().startsWith("Ủy ban nhân dân phường "))).hasSize(9);
        assertThat(communes.stream().filter(e -> e.name().startsWith("Ủy ban nhân dân đặc khu "))).hasSize(1);
        assertThat(DIR.entries().stream().filter(e -> e.code().startsWith("QNG-SO-"))).hasSize(12);
    }

    /** No written form belongs to two entries, unless their names only fold alike and diacritics decide. */
    @Test
    void everyNameAndAliasIsUnambiguous() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (AgencyEntry e : DIR.entries()) {
            for (String n : e.allNames()) {
                owners.computeIfAbsent(String.join(" ", AgencyText.tokens(n)), k -> new HashSet<>()).add(e.code());
            }
        }
        List<String> clashes = new ArrayList<>();
        AgencyMatcher m = DIR.matcher();
        owners.forEach((key, codes) -> {
            if (codes.size() > 1) {
                // allowed only when each entry is reached by its own diacritic spelling
                for (String code : codes) {
                    AgencyEntry e = m.byCode(code).orElseThrow();
                    var hit = m.match(e.name());
                    if (hit.isEmpty() || !hit.get().entry().code().equals(code)) {
                        clashes.add(key + " " + codes);
                    }
                }
            }
        });
        assertThat(clashes).isEmpty();
        // each entry's own names resolve back to it
        List<String> wrong = new ArrayList<>();
        for (AgencyEntry e : DIR.entries()) {
            for (String n : e.allNames()) {
                var hit = m.match(n);
                if (hit.isEmpty() || !hit.get().entry().code().equals(e.code())) {
                    wrong.add(e.code() + ": " + n + " -> " + hit.map(h -> h.entry().code()).orElse("none"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void groupSpecsResolve() {
        for (AgencyEntry e : DIR.entries()) {
            if (e.group()) {
                List<AgencyEntry> members = DIR.membersOf(e.code());
                if (e.unspecified()) {
                    assertThat(members).as(e.code()).isEmpty();
                } else {
                    assertThat(members).as(e.code()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void csvRoundTrip(@TempDir Path tmp) throws IOException {
        List<AgencyEntry> all = DIR.entries();
        StringWriter a = new StringWriter();
        StringWriter g = new StringWriter();
        AgencyCsv.writeAgencies(a, all);
        AgencyCsv.writeGroups(g, all);
        Files.writeString(tmp.resolve("a.csv"), a.toString());
        Files.writeString(tmp.resolve("g.csv"), g.toString());
        CsvAgencyDirectory back = CsvAgencyDirectory.fromFiles(tmp.resolve("a.csv"), tmp.resolve("g.csv"));
        assertThat(back.entries()).isEqualTo(all);
    }

    @Test
    void parserHandlesQuotesCommentsAndCrlf() throws IOException {
        String csv = "\uFEFF# comment\r\ncode,name,kind,short_name,aliases\r\n"
                + "X-1,\"Sở Văn hóa, Thể thao và Du lịch\",SO_BAN_NGANH,,\"a \"\"quoted\"\"|b\"\r\n"
                + "\r\n# another comment\nX-2,Sở Y tế,SO_BAN_NGANH,Sở Y tế,\n"
                + "X-3,\"multi\nline\",K,,";
        List<AgencyEntry> es = AgencyCsv.readAgencies(new StringReader(csv));
        assertThat(es).hasSize(3);
        assertThat(es.get(0).name()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(es.get(0).aliases()).containsExactly("a \"quoted\"", "b");
        assertThat(es.get(1).shortName()).isEqualTo("Sở Y tế");
        assertThat(es.get(2).name()).isEqualTo("multi\nline");
        StringWriter w = new StringWriter();
        AgencyCsv.writeAgencies(w, es);
        assertThat(AgencyCsv.readAgencies(new StringReader(w.toString()))).isEqualTo(es);
    }
}
