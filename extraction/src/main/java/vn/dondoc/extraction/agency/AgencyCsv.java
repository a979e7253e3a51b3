package vn.dondoc.extraction.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes the directory CSVs ({@code agencies.csv}, {@code groups.csv}; format in the README next to
 * them): UTF-8, comma separated, RFC 4180 double-quote quoting, a header row naming the columns (any order),
 * lines starting with {@code #} before or between rows are comments, list cells are {@code |}-separated.
 */
public final class AgencyCsv {

    /** Columns of {@code agencies.csv}, in the order they are written. */
    public static final List<String> AGENCY_COLUMNS = List.of("code", "kind", "name", "short_name", "aliases");
    /** Columns of {@code groups.csv}, in the order they are written. */
    public static final List<String> GROUP_COLUMNS = List.of("code", "name", "aliases", "members", "unspecified");

    private AgencyCsv() {
    }

    public static List<AgencyEntry> readAgencies(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readAgencies(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<AgencyEntry> readGroups(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readGroups(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<AgencyEntry> readAgencies(Reader in) throws IOException {
        List<AgencyEntry> out = new ArrayList<>();
        for (Map<String, String> row : readTable(in, List.of("code", "name"))) {
            out.add(AgencyEntry.agency(row.get("code"), row.get("name"), row.getOrDefault("kind", ""),
                    row.getOrDefault("short_name", ""), splitList(row.get("aliases"))));
        }
        return out;
    }

    public static List<AgencyEntry> readGroups(Reader in) throws IOException {
        List<AgencyEntry> out = new ArrayList<>();
        for (Map<String, String> row : readTable(in, List.of("code", "name"))) {
            String flag = row.getOrDefault("unspecified", "").strip().toLowerCase(Locale.ROOT);
            boolean unspecified = flag.equals("true") || flag.equals("yes") || flag.equals("1");
            out.add(AgencyEntry.group(row.get("code"), row.get("name"), splitList(row.get("aliases")),
                    splitList(row.get("members")), unspecified));
        }
        return out;
    }

    public static void writeAgencies(Writer out, List<AgencyEntry> entries) throws IOException {
        writeRow(out, AGENCY_COLUMNS);
        for (AgencyEntry e : entries) {
            if (!e.group()) {
                writeRow(out, List.of(e.code(), e.kind(), e.name(), e.shortName(), String.join("|", e.aliases())));
            }
        }
    }

    public static void writeGroups(Writer out, List<AgencyEntry> entries) throws IOException {
        writeRow(out, GROUP_COLUMNS);
        for (AgencyEntry e : entries) {
            if (e.group()) {
                writeRow(out, List.of(e.code(), e.name(), String.join("|", e.aliases()),
                        String.join("|", e.memberSpec()), Boolean.toString(e.unspecified())));
            }
        }
    }

    /** Rows of a CSV table keyed by (lower-cased) header names. */
    static List<Map<String, String>> readTable(Reader in, List<String> required) throws IOException {
        List<List<String>> records = parse(in);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String r : required) {
            if (!header.contains(r)) {
                throw new IllegalArgumentException("CSV header " + header + " lacks column '" + r + "'");
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            if (rec.size() > header.size()) {
                throw new IllegalArgumentException("CSV record " + i + " has " + rec.size() + " cells, header has "
                        + header.size() + ": " + rec);
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < rec.size() ? rec.get(c) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 records; blank lines and lines starting with '#' (outside quotes) are skipped. */
    static List<List<String>> parse(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (atLineStart && (ch == '#' || ch == '\n' || ch == '\r')) {
                if (ch == '#') {
                    while (c != -1 && c != '\n') {
                        c = in.read();
                    }
                }
                c = in.read();
                continue;
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                rec.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                rec.add(cell.toString());
                cell.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
                atLineStart = true;
                c = in.read();
                continue;
            } else {
                cell.append(ch);
            }
            atLineStart = false;
            c = in.read();
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted cell");
        }
        if (!atLineStart) {
            rec.add(cell.toString());
            records.add(rec);
        }
        return records;
    }

    static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || (i == 0 && v.startsWith("#"))) {
                out.write('"');
                out.write(v.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(v);
            }
        }
        out.write('\n');
    }
}
