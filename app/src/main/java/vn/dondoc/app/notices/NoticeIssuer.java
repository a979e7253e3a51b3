package vn.dondoc.app.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyLookup;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.extraction.AgencyMatch;

/**
 * Turns a notice's reviewed tasks (samples JSON schema) into tasks to issue: every lead and supporting
 * agency resolved in the directory, groups expanded to their members, "… liên quan" groups left as a
 * note for the lead. Any name that can't be resolved stops the issue with the list of names.
 */
@Component
class NoticeIssuer {

    private final AgencyLookup lookup;
    private final AgencyService agencies;
    private final ObjectMapper json;

    NoticeIssuer(AgencyLookup lookup, AgencyService agencies, ObjectMapper json) {
        this.lookup = lookup;
        this.agencies = agencies;
        this.json = json;
    }

    List<NewTask> tasks(String extractionJson) {
        JsonNode root = json.readTree(extractionJson);
        List<NewTask> out = new ArrayList<>();
        Set<String> unresolved = new LinkedHashSet<>();
        List<Agency> all = agencies.all();
        for (JsonNode t : root.path("tasks")) {
            List<Long> leads = resolve(t.path("lead"), all, unresolved);
            List<Long> support = resolve(t.path("support"), all, unresolved);
            if (leads.isEmpty()) {
                unresolved.add("(mục " + t.path("ref").asString("?") + ": chưa có cơ quan chủ trì)");
                continue;
            }
            String deadline = text(t, "deadline");
            out.add(new NewTask(text(t, "ref"), t.path("content").asString(""),
                    deadline == null ? null : LocalDate.parse(deadline), text(t, "deadline_text"),
                    text(t, "recurrence"), t.path("standing").asBoolean(false), text(t, "product"), leads, support));
        }
        if (!unresolved.isEmpty()) {
            throw DomainException.invalid("unresolved_agencies", "Chưa xác định được cơ quan, đơn vị trong danh bạ: "
                    + String.join("; ", unresolved) + ". Hãy sửa tên hoặc thêm cơ quan vào danh bạ trước khi ban hành.");
        }
        if (out.isEmpty()) {
            throw DomainException.invalid("no_tasks", "Thông báo không có nhiệm vụ nào để ban hành.");
        }
        return out;
    }

    private static final java.util.Set<String> RECURRENCES = java.util.Set.of("P1W", "P2W", "P1M", "P3M", "P6M", "P1Y");

    /** Checks reviewed tasks (a JSON array in the samples schema); returns how many there are. */
    int validate(String tasksJson) {
        JsonNode tasks;
        try {
            tasks = json.readTree(tasksJson);
        } catch (RuntimeException e) {
            throw DomainException.invalid("invalid_json", "Danh sách nhiệm vụ không đúng định dạng JSON.");
        }
        if (tasks == null || !tasks.isArray()) {
            throw DomainException.invalid("invalid_tasks", "Cần gửi một mảng nhiệm vụ (tasks).");
        }
        if (tasks.size() > MAX_TASKS) {
            throw DomainException.invalid("too_many_tasks", "Một thông báo có tối đa " + MAX_TASKS + " nhiệm vụ.");
        }
        List<TaskProblem> problems = new ArrayList<>();
        List<String> described = new ArrayList<>();
        int i = 0;
        for (JsonNode t : tasks) {
            List<String> issues = issues(t);
            if (!issues.isEmpty()) {
                String ref = t.hasNonNull("ref") ? t.get("ref").asString() : null;
                String joined = String.join("; ", issues);
                problems.add(new TaskProblem(i, ref, joined));
                described.add("Nhiệm vụ " + (i + 1) + (ref != null ? " (mục " + ref + ")" : "") + ": " + joined);
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidTasksException(String.join("; ", described) + ".", problems);
        }
        return tasks.size();
    }

    private static final int MAX_TASKS = 500;

    private static List<String> issues(JsonNode t) {
        List<String> problems = new ArrayList<>();
        if (!t.isObject()) {
            problems.add("không phải một nhiệm vụ");
            return problems;
        }
        String content = t.path("content").asString("");
        if (content.isBlank()) {
            problems.add("thiếu nội dung");
        } else if (content.length() > 20_000) {
            problems.add("nội dung dài quá 20.000 ký tự");
        }
        if (!t.path("lead").isArray() || t.path("lead").isEmpty()) {
            problems.add("thiếu cơ quan chủ trì");
        }
        for (String field : List.of("lead", "support")) {
            JsonNode names = t.path(field);
            if (!names.isMissingNode() && !names.isNull() && !names.isArray()) {
                problems.add("danh sách cơ quan (" + field + ") không hợp lệ");
                continue;
            }
            for (JsonNode n : names) {
                if (!n.isString() || n.asString().isBlank() || n.asString().length() > 300) {
                    problems.add("tên cơ quan \"" + n.asString("") + "\" không hợp lệ");
                }
            }
        }
        String ref = text(t, "ref");
        if (ref != null && ref.length() > 60) {
            problems.add("số mục dài quá 60 ký tự");
        }
        String product = text(t, "product");
        if (product != null && product.length() > 300) {
            problems.add("sản phẩm dài quá 300 ký tự");
        }
        String deadline = text(t, "deadline");
        if (deadline != null) {
            try {
                LocalDate.parse(deadline);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("thời hạn \"" + deadline + "\" không phải ngày YYYY-MM-DD");
            }
        }
        String recurrence = text(t, "recurrence");
        if (recurrence != null && !RECURRENCES.contains(recurrence)) {
            problems.add("định kỳ \"" + recurrence + "\" không hợp lệ (P1W, P2W, P1M, P3M, P6M, P1Y)");
        }
        return problems;
    }

    private List<Long> resolve(JsonNode names, List<Agency> all, Set<String> unresolved) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode n : names) {
            String name = n.asString("");
            AgencyMatch m = lookup.resolve(name).orElse(null);
            Agency a = m == null ? null : all.stream().filter(x -> x.code().equals(m.code())).findFirst().orElse(null);
            if (a == null) {
                unresolved.add(name);
            } else if (!a.group()) {
                ids.add(a.id());
            } else if (!a.unspecified()) {
                agencies.members(a, all).forEach(member -> ids.add(member.id()));
            }
        }
        return ids.stream().distinct().toList();
    }

    private static String text(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
