package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.CommentService;
import vn.dondoc.app.tasks.TaskComment;
import vn.dondoc.app.tasks.TaskEdit;
import vn.dondoc.app.tasks.TaskRecord;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.AssignmentView;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskQuery;
import org.springdoc.core.annotations.ParameterObject;
import vn.dondoc.app.tasks.TaskPage;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.app.tasks.TaskSort;
import vn.dondoc.app.tasks.Timeliness;

/** Task lists and details; an agency sees only its own assignments. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Nhiệm vụ")
class TaskApi {

    private final TaskService tasks;
    private final CommentService comments;

    TaskApi(TaskService tasks, CommentService comments) {
        this.tasks = tasks;
        this.comments = comments;
    }

    @GetMapping
    @Operation(summary = "Danh sách nhiệm vụ theo bộ lọc, kèm số lượng theo nhóm tiến độ",
            description = "agency, role (LEAD|SUPPORT), state (open hoặc danh sách trạng thái, phân tách bằng dấu phẩy),"
                    + " timeliness (danh sách), notice, q, deadline_from, deadline_to, completed_from, completed_to"
                    + " (yyyy-MM-dd), confidence (green,amber,red), sort=deadline|deadline_desc|newest|agency|notice,"
                    + " page, size")
    TaskPage list(@ParameterObject TaskQuery query) {
        return tasks.find(query.toFilter(TaskFilter.DEFAULT_SIZE));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một nhiệm vụ với các phân công mà người dùng được xem")
    Map<String, Object> get(@PathVariable long id) {
        List<AssignmentView> assignments = tasks.assignments(id);
        TaskRecord t = tasks.get(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("notice_id", t.noticeId());
        body.put("notice_number", t.noticeNumber());
        body.put("ref", t.ref());
        body.put("content", t.content());
        body.put("deadline", t.originalDeadline());
        body.put("deadline_text", t.deadlineText());
        body.put("recurrence", t.recurrence());
        body.put("standing", t.standing());
        body.put("product", t.product());
        body.put("version", t.version());
        body.put("assignments", assignments);
        return body;
    }

    /** The fields a client writes: PUT needs all of them, PATCH those it changes and {@code version}. */
    static final List<String> FIELDS = List.of("ref", "content", "deadline", "deadline_text", "recurrence", "standing",
            "product", "version");
    /** Fields that may be null (PUT sends them as null to clear them). */
    static final Set<String> NULLABLE = Set.of("ref", "deadline", "deadline_text", "recurrence", "product");
    /** Fields of {@code GET} that are not written; a PUT of what GET returned may carry them, they are ignored. */
    static final Set<String> READ_ONLY = Set.of("id", "notice_id", "notice_number", "assignments");

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thay toàn bộ nội dung, thời hạn, định kỳ, sản phẩm của nhiệm vụ (thường trực; ghi nhật ký)",
            description = "Cần đủ các trường ref, content, deadline, deadline_text, recurrence, standing, product, version;"
                    + " trường không có giá trị gửi null (trừ content, standing, version). Thiếu trường: 400"
                    + " missing_fields. Sửa một phần: PATCH.")
    TaskRecord replace(@PathVariable long id, @RequestBody ObjectNode body) {
        tasks.requireEditor();
        checkFields(body);
        List<String> missing = FIELDS.stream().filter(f -> !body.has(f)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("missing_fields", "Thiếu trường: " + String.join(", ", missing)
                    + ". PUT thay toàn bộ nhiệm vụ nên cần gửi đủ " + String.join(", ", FIELDS)
                    + " (trường không có giá trị thì gửi null); để sửa một vài trường, dùng PATCH.");
        }
        return tasks.edit(id, edit(body, null));
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Sửa một phần nhiệm vụ: chỉ các trường được gửi thay đổi (thường trực; ghi nhật ký)",
            description = "Gửi version và các trường cần sửa (ref, content, deadline, deadline_text, recurrence,"
                    + " standing, product); null xóa giá trị của trường cho phép để trống.")
    TaskRecord patch(@PathVariable long id, @RequestBody ObjectNode body) {
        tasks.requireEditor();
        checkFields(body);
        return tasks.edit(id, edit(body, tasks.get(id)));
    }

    /** Refuses fields the task does not have and a missing or null {@code version}, naming them. */
    private static void checkFields(ObjectNode body) {
        List<String> unknown = body.propertyNames().stream()
                .filter(f -> !FIELDS.contains(f) && !READ_ONLY.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("unknown_fields", "Nhiệm vụ không có trường: " + String.join(", ", unknown)
                    + ". Các trường sửa được: " + String.join(", ", FIELDS) + ".");
        }
        if (!body.hasNonNull("version")) {
            throw DomainException.invalid("version_required", "Cần gửi version (phiên bản nhiệm vụ đã xem).");
        }
    }

    /** The edit the body asks for: each field from the body when present, otherwise from {@code current}. */
    private static TaskEdit edit(ObjectNode body, TaskRecord current) {
        List<String> problems = new ArrayList<>();
        for (String f : FIELDS) {
            if (body.has(f) && body.get(f).isNull() && !NULLABLE.contains(f)) {
                problems.add(f + " không được để null");
            }
        }
        String ref = text(body, "ref", current == null ? null : current.ref(), problems);
        String content = text(body, "content", current == null ? null : current.content(), problems);
        String deadlineText = text(body, "deadline_text", current == null ? null : current.deadlineText(), problems);
        String recurrence = text(body, "recurrence", current == null ? null : current.recurrence(), problems);
        String product = text(body, "product", current == null ? null : current.product(), problems);
        LocalDate deadline = current == null ? null : current.originalDeadline();
        JsonNode d = body.get("deadline");
        if (d != null) {
            deadline = null;
            if (d.isString()) {
                try {
                    deadline = LocalDate.parse(d.asString());
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add("deadline phải là ngày dạng YYYY-MM-DD hoặc null");
                }
            } else if (!d.isNull()) {
                problems.add("deadline phải là ngày dạng YYYY-MM-DD hoặc null");
            }
        }
        boolean standing = current != null && current.standing();
        JsonNode st = body.get("standing");
        if (st != null && !st.isNull()) {
            if (st.isBoolean()) {
                standing = st.asBoolean();
            } else {
                problems.add("standing phải là true hoặc false");
            }
        }
        JsonNode v = body.get("version");
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.add("version phải là số nguyên");
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("invalid_fields", "Dữ liệu không hợp lệ: " + String.join("; ", problems) + ".");
        }
        return new TaskEdit(ref, content, deadline, deadlineText, recurrence, standing, product, v.asInt());
    }

    private static String text(ObjectNode body, String field, String current, List<String> problems) {
        JsonNode n = body.get(field);
        if (n == null) {
            return current;
        }
        if (n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            problems.add(field + " phải là chuỗi" + (NULLABLE.contains(field) ? " hoặc null" : ""));
            return null;
        }
        return n.asString();
    }

    /** A comment: the text and, optionally, the assignment (agency) it is about. */
    record CommentBody(String text, Long assignment) {
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "Ý kiến, chỉ đạo trên nhiệm vụ mà người dùng được xem")
    List<TaskComment> comments(@PathVariable long id) {
        return comments.of(id);
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Thêm ý kiến, chỉ đạo (đơn vị: trên nhiệm vụ được giao của mình)")
    ResponseEntity<TaskComment> comment(@PathVariable long id, @RequestBody CommentBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(comments.add(id, body == null ? null : body.assignment(), body == null ? null : body.text()));
    }
}
