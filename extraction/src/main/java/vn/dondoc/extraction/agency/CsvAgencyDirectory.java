package vn.dondoc.extraction.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.AgencyMatch;

/** An {@link AgencyDirectory} over {@code agencies.csv} and {@code groups.csv} (the CLI's and tests'). */
public final class CsvAgencyDirectory implements AgencyDirectory {

    /** Classpath folder of the default CSVs. */
    public static final String RESOURCE_DIR = "/vn/dondoc/extraction/agency/";

    private final AgencyMatcher matcher;

    public CsvAgencyDirectory(List<AgencyEntry> agencies, List<AgencyEntry> groups) {
        List<AgencyEntry> all = new ArrayList<>(agencies);
        all.addAll(groups);
        this.matcher = new AgencyMatcher(all);
    }

    /** The directory shipped in the jar (classpath {@value #RESOURCE_DIR}). */
    public static CsvAgencyDirectory loadDefault() {
        return new CsvAgencyDirectory(readResource("agencies.csv", false), readResource("groups.csv", true));
    }

    public static CsvAgencyDirectory fromFiles(Path agencies, Path groups) {
        return new CsvAgencyDirectory(AgencyCsv.readAgencies(agencies),
                groups == null ? List.of() : AgencyCsv.readGroups(groups));
    }

    private static List<AgencyEntry> readResource(String name, boolean groups) {
        try (InputStream in = CsvAgencyDirectory.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE_DIR + name);
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            return groups ? AgencyCsv.readGroups(r) : AgencyCsv.readAgencies(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<AgencyMatch> resolve(String mention) {
        return matcher.resolve(mention);
    }

    public AgencyMatcher matcher() {
        return matcher;
    }

    public List<AgencyEntry> entries() {
        return matcher.entries();
    }

    /** Members of a group by code; empty for unspecified groups. */
    public List<AgencyEntry> membersOf(String groupCode) {
        return matcher.membersOf(groupCode);
    }
}
