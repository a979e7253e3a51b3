package vn.dondoc.app.notices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyLookup;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.extraction.AgencyMatch;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Builds the review page's view of a notice: the stored tasks with every agency name resolved the way
 * issuing will resolve it (groups with their members), and the notice text with the task spans mapped to
 * it as the browser will see it.
 */
@Component
class ReviewAssembler {

    /** Matches below this score are shown as uncertain (the extraction's own threshold). */
    private static final double SURE = 0.85;

    private final AgencyLookup lookup;
    private final AgencyService agencies;
    private final ObjectMapper json;

    ReviewAssembler(AgencyLookup lookup, AgencyService agencies, ObjectMapper json) {
        this.lookup = lookup;
        this.agencies = agencies;
        this.json = json;
    }

    NoticeReview assemble(NoticeSummary notice, ReviewedHeader header, String rawText, String extractionJson) {
        DisplayText text = DisplayText.of(rawText == null ? "" : rawText);
        JsonNode root = extractionJson == null ? json.createObjectNode() : json.readTree(extractionJson);
        List<Agency> all = agencies.all();
        Map<String, ReviewAgency> cache = new HashMap<>();
        List<ReviewTask> tasks = new ArrayList<>();
        for (JsonNode t : root.path("tasks")) {
            Integer spanStart = t.path("span_start").isNumber() ? t.get("span_start").asInt() : null;
            Integer spanEnd = t.path("span_end").isNumber() ? t.get("span_end").asInt() : null;
            Integer start = spanStart == null ? null : text.map(spanStart);
            Integer end = spanEnd == null ? null : text.map(spanEnd);
            if (start == null || end == null || end <= start) {
                start = null;
                end = null;
            }
            Map<String, Double> confidence = new LinkedHashMap<>();
            t.path("confidence").properties().forEach(e -> {
                if (e.getValue().isNumber()) {
                    confidence.put(e.getKey(), e.getValue().asDouble());
                }
            });
            List<String> warnings = new ArrayList<>();
            t.path("warnings").forEach(w -> warnings.add(w.asString("")));
            tasks.add(new ReviewTask(text(t, "ref"), agencies(t.path("lead"), all, cache),
                    agencies(t.path("support"), all, cache), t.path("content").asString(""), text(t, "deadline"),
                    text(t, "deadline_text"), text(t, "recurrence"), t.path("standing").asBoolean(false),
                    text(t, "product"), spanStart, spanEnd, start, end, confidence, warnings));
        }
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(w -> warnings.add(w.asString("")));
        return new NoticeReview(notice, header, text.text(), tasks, warnings);
    }

    private List<ReviewAgency> agencies(JsonNode names, List<Agency> all, Map<String, ReviewAgency> cache) {
        List<ReviewAgency> out = new ArrayList<>();
        for (JsonNode n : names) {
            String name = n.asString("");
            out.add(cache.computeIfAbsent(name, k -> resolve(k, all)));
        }
        return out;
    }

    private ReviewAgency resolve(String name, List<Agency> all) {
        AgencyMatch m = name.isBlank() ? null : lookup.resolve(name).orElse(null);
        Agency a = m == null ? null : all.stream().filter(x -> x.code().equals(m.code())).findFirst().orElse(null);
        if (a == null) {
            return new ReviewAgency(name, false, null, false, false, false, List.of());
        }
        List<String> members = a.group() ? agencies.members(a, all).stream().map(Agency::name).toList() : List.of();
        return new ReviewAgency(name, true, a.name(), m.score() < SURE, a.group(), a.group() && a.unspecified(), members);
    }

    private static String text(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /**
     * The notice text as a browser's DOM will hold it: NFC (the extraction's offsets refer to the NFC
     * form) and {@code \r\n} / {@code \r} as {@code \n} (HTML parsing does the same), with the offsets
     * mapped accordingly.
     */
    record DisplayText(String text, int[] offsets) {

        static DisplayText of(String raw) {
            String nfc = VietnameseText.nfc(raw);
            StringBuilder out = new StringBuilder(nfc.length());
            int[] map = new int[nfc.length() + 1];
            for (int i = 0; i < nfc.length(); i++) {
                map[i] = out.length();
                char c = nfc.charAt(i);
                if (c == '\r') {
                    if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append('\n');
                } else if (c == 0) {
                    out.append('\uFFFD');
                } else {
                    out.append(c);
                }
            }
            map[nfc.length()] = out.length();
            return new DisplayText(out.toString(), map);
        }

        /** The display offset of an offset in the NFC text; null when out of range. */
        Integer map(int offset) {
            return offset < 0 || offset >= offsets.length ? null : offsets[offset];
        }
    }
}
