package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
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

    TaskApi(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Danh sách nhiệm vụ theo bộ lọc, kèm số lượng theo nhóm tiến độ; sort=deadline|deadline_desc|newest|agency|notice")
    TaskPage list(@RequestParam(required = false) Long agency,
                  @RequestParam(required = false) AssignmentRole role,
                  @RequestParam(required = false) AssignmentStatus state,
                  @RequestParam(required = false) Timeliness timeliness,
                  @RequestParam(required = false) Long notice,
                  @RequestParam(required = false) String q,
                  @RequestParam(name = "deadline_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(name = "deadline_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String sort,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "50") int size) {
        return tasks.find(new TaskFilter(agency, role, state, timeliness, notice, q, from, to, TaskSort.parse(sort),
                page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một nhiệm vụ với các phân công mà người dùng được xem")
    Map<String, Object> get(@PathVariable long id) {
        List<AssignmentView> assignments = tasks.assignments(id);
        AssignmentView first = assignments.get(0);
        return Map.of("id", id, "ref", String.valueOf(first.ref()), "content", first.content(),
                "notice_id", first.noticeId() == null ? "" : first.noticeId(), "assignments", assignments);
    }
}
