package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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

    /** The secretariat's correction of a task; {@code version} is the task's version read. */
    record TaskBody(String ref, String content, LocalDate deadline, String deadline_text, String recurrence,
                    Boolean standing, String product, Integer version) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa nội dung, thời hạn, định kỳ, sản phẩm của nhiệm vụ (thường trực; ghi nhật ký)")
    TaskRecord edit(@PathVariable long id, @RequestBody TaskBody body) {
        if (body == null || body.version() == null) {
            throw DomainException.invalid("version_required", "Cần gửi version (phiên bản nhiệm vụ đã xem).");
        }
        return tasks.edit(id, new TaskEdit(body.ref(), body.content(), body.deadline(), body.deadline_text(),
                body.recurrence(), Boolean.TRUE.equals(body.standing()), body.product(), body.version()));
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
