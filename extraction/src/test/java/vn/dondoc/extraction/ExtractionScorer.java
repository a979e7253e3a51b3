package vn.dondoc.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Java port of /work/shared/tools/score-extraction: same folding (NFKD, marks dropped, đ→d, lower case),
 * abbreviation expansion, greedy pairing by token-F1 ≥ 0.5 and metrics.
 */
final class ExtractionScorer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[][] ABBREV = {
            {"\\bubnd\\b", "uy ban nhan dan"},
            {"\\bkh&cn\\b|\\bkhcn\\b|\\bkh va cn\\b", "khoa hoc va cong nghe"},
            {"\\bvp\\b", "van phong"},
            {"\\bhdnd\\b", "hoi dong nhan dan"},
            {"\\bvh,? ?tt&dl\\b|\\bvhttdl\\b", "van hoa, the thao va du lich"},
            {"\\bgd&dt\\b|\\bgddt\\b", "giao duc va dao tao"},
            {"\\bnn&mt\\b|\\bnnmt\\b", "nong nghiep va moi truong"},
            {"\\bkkt\\b", "khu kinh te"},
            {"\\bkcn\\b", "khu cong nghiep"},
    };
    private static final Pattern[] ABBREV_P = new Pattern[ABBREV.length];
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    static {
        for (int i = 0; i < ABBREV.length; i++) {
            ABBREV_P[i] = Pattern.compile(ABBREV[i][0]);
        }
    }

    record FileScore(String name, Map<String, Integer> c) {
    }

    record Result(List<FileScore> files, Map<String, Double> summary, String table, String summaryLine) {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        s = s.replace("đ", "d").replace("Đ", "D");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String agency(String s) {
        String f = fold(s);
        for (int i = 0; i < ABBREV.length; i++) {
            f = ABBREV_P[i].matcher(f).replaceAll(ABBREV[i][1]);
        }
        return String.join(" ", wordsOfFolded(f));
    }

    private static List<String> wordsOfFolded(String f) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(f);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Set<String> agencies(JsonNode xs) {
        Set<String> out = new HashSet<>();
        if (xs == null || !xs.isArray()) {
            return out;
        }
        for (JsonNode x : xs) {
            if (x.isNull()) {
                continue;
            }
            String s = x.asText();
            if (!s.isEmpty() && !agency(s).isEmpty()) {
                out.add(agency(s));
            }
        }
        return out;
    }

    static double sim(String a, String b) {
        Map<String, Integer> ca = counter(words(a));
        Map<String, Integer> cb = counter(words(b));
        int common = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0.0;
        }
        int sb = cb.values().stream().mapToInt(Integer::intValue).sum();
        int sa = ca.values().stream().mapToInt(Integer::intValue).sum();
        double p = (double) common / sb;
        double r = (double) common / sa;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counter(List<String> ws) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : ws) {
            m.merge(w, 1, Integer::sum);
        }
        return m;
    }

    private static JsonNode load(Path p) throws IOException {
        if (!Files.exists(p)) {
            return MAPPER.createObjectNode().set("tasks", MAPPER.createArrayNode());
        }
        return MAPPER.readTree(p.toFile());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static Result score(Path goldDir, Path predDir) throws IOException {
        Map<String, Integer> total = new HashMap<>();
        List<FileScore> perFile = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(names::add);
        }
        for (String name : names) {
            JsonNode g = load(goldDir.resolve(name));
            JsonNode p = load(predDir.resolve(name));
            List<JsonNode> gt = new ArrayList<>();
            g.path("tasks").forEach(gt::add);
            List<JsonNode> pt = new ArrayList<>();
            p.path("tasks").forEach(pt::add);
            record Pair(double s, int i, int j) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < gt.size(); i++) {
                for (int j = 0; j < pt.size(); j++) {
                    pairs.add(new Pair(sim(text(gt.get(i), "content"), text(pt.get(j), "content")), i, j));
                }
            }
            // python: sorted(reverse=True) on tuples (s, i, j)
            pairs.sort((x, y) -> {
                int c = Double.compare(y.s, x.s);
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(y.i, x.i);
                return c != 0 ? c : Integer.compare(y.j, x.j);
            });
            Set<Integer> usedG = new HashSet<>();
            Set<Integer> usedP = new HashSet<>();
            List<JsonNode[]> matched = new ArrayList<>();
            for (Pair pr : pairs) {
                if (pr.s < 0.5) {
                    break;
                }
                if (usedG.contains(pr.i) || usedP.contains(pr.j)) {
                    continue;
                }
                usedG.add(pr.i);
                usedP.add(pr.j);
                matched.add(new JsonNode[] {gt.get(pr.i), pt.get(pr.j)});
            }
            Map<String, Integer> c = new HashMap<>();
            c.put("gold", gt.size());
            c.put("pred", pt.size());
            c.put("match", matched.size());
            for (JsonNode[] m : matched) {
                JsonNode a = m[0];
                JsonNode b = m[1];
                add(c, "lead", agencies(a.get("lead")).equals(agencies(b.get("lead"))));
                add(c, "support", agencies(a.get("support")).equals(agencies(b.get("support"))));
                add(c, "deadline", Objects.equals(emptyToNull(text(a, "deadline")), emptyToNull(text(b, "deadline"))));
                if (emptyToNull(text(a, "deadline")) != null) {
                    add(c, "dated", true);
                    add(c, "dated_ok", Objects.equals(text(a, "deadline"), text(b, "deadline")));
                }
                if (!agencies(a.get("support")).isEmpty() || a.path("support").size() > 0) {
                    add(c, "supported", true);
                    add(c, "supported_ok", agencies(a.get("support")).equals(agencies(b.get("support"))));
                }
                add(c, "recurrence", Objects.equals(emptyToNull(text(a, "recurrence")),
                        emptyToNull(text(b, "recurrence"))));
            }
            for (String k : List.of("number", "issued_date", "meeting_date", "chair")) {
                add(c, "meta_n", true);
                String gv = text(g, k);
                String pv = text(p, k);
                boolean eq;
                if (k.equals("number") || k.equals("chair")) {
                    eq = fold(gv).replaceAll("\\s+", "").equals(fold(pv).replaceAll("\\s+", ""));
                } else {
                    eq = Objects.equals(emptyToNull(gv), emptyToNull(pv));
                }
                add(c, "meta", eq);
            }
            c.forEach((k, v) -> total.merge(k, v, Integer::sum));
            perFile.add(new FileScore(name, c));
        }
        double prec = ratio(total, "match", "pred");
        double rec = ratio(total, "match", "gold");
        double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0;
        Map<String, Double> summary = new java.util.LinkedHashMap<>();
        summary.put("files", (double) perFile.size());
        summary.put("gold", (double) total.getOrDefault("gold", 0));
        summary.put("pred", (double) total.getOrDefault("pred", 0));
        summary.put("matched", (double) total.getOrDefault("match", 0));
        summary.put("task_precision", round(prec));
        summary.put("task_recall", round(rec));
        summary.put("task_f1", round(f1));
        summary.put("lead", round(ratio(total, "lead", "match")));
        summary.put("support", round(ratio(total, "support", "match")));
        summary.put("deadline", round(ratio(total, "deadline", "match")));
        summary.put("deadline_dated", round(ratio(total, "dated_ok", "dated")));
        summary.put("support_named", round(ratio(total, "supported_ok", "supported")));
        summary.put("recurrence", round(ratio(total, "recurrence", "match")));
        summary.put("meta", round(ratio(total, "meta", "meta_n")));
        StringBuilder table = new StringBuilder(String.format("%-40s gold pred match lead supp dl%n", "file"));
        for (FileScore fs : perFile) {
            Map<String, Integer> c = fs.c();
            table.append(String.format("%-40s %4d %4d %5d %4d %4d %2d%n", fs.name(), c.getOrDefault("gold", 0),
                    c.getOrDefault("pred", 0), c.getOrDefault("match", 0), c.getOrDefault("lead", 0),
                    c.getOrDefault("support", 0), c.getOrDefault("deadline", 0)));
        }
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> e : summary.entrySet()) {
            if (line.length() > 0) {
                line.append(' ');
            }
            double v = e.getValue();
            boolean integral = List.of("files", "gold", "pred", "matched").contains(e.getKey());
            line.append(e.getKey()).append('=').append(integral ? String.valueOf((long) v) : py(v));
        }
        return new Result(perFile, summary, table.toString(), line.toString());
    }

    /** Python's repr of a rounded float ("1.0", "0.95"). */
    private static String py(double v) {
        String s = Double.toString(v);
        return s;
    }

    private static void add(Map<String, Integer> c, String k, boolean b) {
        c.merge(k, b ? 1 : 0, Integer::sum);
    }

    private static double ratio(Map<String, Integer> t, String a, String b) {
        int d = t.getOrDefault(b, 0);
        return d == 0 ? 0.0 : (double) t.getOrDefault(a, 0) / d;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
