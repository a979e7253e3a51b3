package vn.dondoc.app.notices.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.notices.InvalidTasksException;
import vn.dondoc.app.notices.NoticeService;
import vn.dondoc.app.notices.ReviewedHeader;
import vn.dondoc.app.notices.TaskProblem;
import vn.dondoc.app.shared.DomainException;

/**
 * The review editor's endpoints for the page's script (session login and CSRF, like every page):
 * agency search for the picker, and saving the reviewed header and tasks through the same service method,
 * validation and version check as the API. Errors are JSON {@code {code, message, problems}} so the page
 * can show them beside the task without losing what the user typed.
 */
@Controller
class NoticeReviewController {

    private final NoticeService notices;
    private final AgencyService agencies;
    private final ObjectMapper json;

    NoticeReviewController(NoticeService notices, AgencyService agencies, ObjectMapper json) {
        this.notices = notices;
        this.agencies = agencies;
        this.json = json;
    }

    /** An agency or group offered by the picker; groups with their members. */
    record AgencySuggestion(long id, String name, String shortName, boolean group, boolean unspecified,
                            int memberCount, List<String> members) {
    }

    /** Agencies and groups whose name or alias contains {@code q}, diacritics and case ignored ("so tai chinh"). */
    @GetMapping(value = "/notices/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<AgencySuggestion> agencies(@RequestParam(defaultValue = "") String q,
                                    @RequestParam(defaultValue = "12") int limit) {
        ReviewPage.requireEditor();
        if (q.isBlank()) {
            return List.of();
        }
        List<Agency> found = agencies.search(q.strip(), 200).stream().filter(Agency::active)
                .limit(Math.max(1, Math.min(limit, 50))).toList();
        List<Agency> all = found.stream().anyMatch(Agency::group) ? agencies.all() : List.of();
        return found.stream().map(a -> {
            List<String> members = a.group() ? agencies.members(a, all).stream().map(Agency::name).toList() : List.of();
            return new AgencySuggestion(a.id(), a.name(), a.shortName(), a.group(), a.group() && a.unspecified(),
                    members.size(), members);
        }).toList();
    }

    /**
     * Saves the review ({@code {version, header:{…}, tasks:[…]}}) and answers with the editor re-rendered
     * from what was stored (checks and agency resolution refreshed, new version).
     */
    @PostMapping(value = "/notices/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    String save(@PathVariable long id, @RequestBody JsonNode body, Model model) {
        ReviewPage.requireEditor();
        if (body == null || !body.isObject() || !body.path("version").isNumber()) {
            throw DomainException.invalid("invalid_review", "Yêu cầu lưu thiếu phiên bản (version) của thông báo.");
        }
        ReviewedHeader header = header(body.path("header"));
        if (!body.path("tasks").isArray()) {
            throw DomainException.invalid("invalid_tasks", "Cần gửi một mảng nhiệm vụ (tasks).");
        }
        notices.saveReview(id, body.get("version").asInt(), header, json.writeValueAsString(tasks(body.get("tasks"))));
        ReviewPage.fill(model, notices.review(id).orElseThrow(), true);
        model.addAttribute("notice", notices.find(id).orElseThrow());
        model.addAttribute("canIssue", true);
        return "notices/review :: editor";
    }

    private static ReviewedHeader header(JsonNode h) {
        return new ReviewedHeader(string(h, "number"), string(h, "issuer"), date(h, "issued_date", "Ngày ban hành"),
                date(h, "meeting_date", "Ngày họp"), string(h, "chair"), string(h, "title"));
    }

    private static LocalDate date(JsonNode h, String field, String label) {
        String v = string(h, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid_header", label + " \"" + v + "\" không phải ngày hợp lệ.");
        }
    }

    /** The tasks in the samples schema, only the fields the editor owns, texts trimmed, blanks as null. */
    private ArrayNode tasks(JsonNode in) {
        ArrayNode out = json.createArrayNode();
        for (JsonNode t : in) {
            if (!t.isObject()) {
                out.add(t);
                continue;
            }
            ObjectNode task = out.addObject();
            task.put("ref", string(t, "ref"));
            task.set("lead", names(t.get("lead")));
            task.set("support", names(t.get("support")));
            String content = t.path("content").isString() ? t.get("content").asString().strip() : "";
            task.put("content", content);
            task.put("deadline", string(t, "deadline"));
            task.put("deadline_text", string(t, "deadline_text"));
            task.put("recurrence", string(t, "recurrence"));
            task.put("standing", t.path("standing").asBoolean(false));
            task.put("product", string(t, "product"));
            if (t.path("span_start").isIntegralNumber() && t.path("span_end").isIntegralNumber()) {
                task.put("span_start", t.get("span_start").asInt());
                task.put("span_end", t.get("span_end").asInt());
            }
            ObjectNode confidence = task.putObject("confidence");
            t.path("confidence").properties().stream().limit(10).forEach(e -> {
                if (e.getValue().isNumber() && e.getKey().matches("[a-z_]{1,20}")) {
                    confidence.put(e.getKey(), Math.max(0, Math.min(1, e.getValue().asDouble())));
                }
            });
            ArrayNode warnings = task.putArray("warnings");
            for (JsonNode w : t.path("warnings")) {
                if (w.isString() && !w.asString().isBlank() && warnings.size() < 20) {
                    String s = w.asString().strip();
                    warnings.add(s.length() > 500 ? s.substring(0, 500) : s);
                }
            }
        }
        return out;
    }

    /** Agency names trimmed and without repeats; anything that is not a list of texts is left for validation. */
    private JsonNode names(JsonNode in) {
        if (in == null || in.isNull()) {
            return json.createArrayNode();
        }
        if (!in.isArray()) {
            return in;
        }
        ArrayNode out = json.createArrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode n : in) {
            if (!n.isString()) {
                out.add(n);
            } else if (!n.asString().isBlank() && seen.add(n.asString().strip())) {
                out.add(n.asString().strip());
            }
        }
        return out;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> refused(DomainException e) {
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("message", e.getMessage());
        if (e instanceof InvalidTasksException invalid) {
            body.put("problems", invalid.problems().stream().map(NoticeReviewController::problem).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Map<String, Object> problem(TaskProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", p.index());
        m.put("ref", p.ref());
        m.put("message", p.message());
        return m;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "invalid_json", "message", "Dữ liệu gửi lên không đúng định dạng JSON."));
    }
}
