package vn.dondoc.app.tasks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.app.tasks.Timeliness;

/** The task list: filters, counts per timeliness bucket, paging; an agency sees its own assignments. */
@Controller
class TasksController {

    private final TaskService tasks;

    TasksController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) AssignmentStatus state,
                @RequestParam(required = false) Timeliness timeliness, @RequestParam(required = false) AssignmentRole role,
                @RequestParam(required = false) Long notice, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = tasks.find(new TaskFilter(null, role, state, timeliness, notice, q, null, null, page, 50));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("state", state);
        model.addAttribute("timeliness", timeliness);
        model.addAttribute("role", role);
        model.addAttribute("states", AssignmentStatus.values());
        model.addAttribute("buckets", Timeliness.values());
        model.addAttribute("bucketCounts", java.util.Arrays.stream(Timeliness.values())
                .filter(b -> result.counts().containsKey(b))
                .map(b -> java.util.Map.entry(b, result.counts().get(b))).toList());
        model.addAttribute("roles", AssignmentRole.values());
        model.addAttribute("agencyView", CurrentUser.get().map(u -> !u.role().seesEverything()).orElse(false));
        model.addAttribute("hasNext", (long) (page + 1) * result.size() < result.total());
        return "tasks/list";
    }
}
