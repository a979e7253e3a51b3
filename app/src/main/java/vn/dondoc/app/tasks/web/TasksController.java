package vn.dondoc.app.tasks.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.app.tasks.TaskSort;
import vn.dondoc.app.tasks.Timeliness;

/**
 * The task list: filters (kept in the URL), sorting, counts per timeliness bucket, paging, export links;
 * an agency sees its own assignments.
 */
@Controller
class TasksController {

    private final TaskService tasks;
    private final AgencyService agencies;

    TasksController(TaskService tasks, AgencyService agencies) {
        this.tasks = tasks;
        this.agencies = agencies;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) AssignmentStatus state,
                @RequestParam(required = false) Timeliness timeliness, @RequestParam(required = false) AssignmentRole role,
                @RequestParam(required = false) Long notice, @RequestParam(required = false) Long agency,
                @RequestParam(name = "deadline_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(name = "deadline_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        TaskSort order = TaskSort.parse(sort);
        var result = tasks.find(new TaskFilter(agency, role, state, timeliness, notice, q, from, to, order, page, 50));
        boolean agencyView = CurrentUser.get().map(u -> !u.role().seesEverything()).orElse(false);
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("state", state);
        model.addAttribute("timeliness", timeliness);
        model.addAttribute("role", role);
        model.addAttribute("notice", notice);
        model.addAttribute("agency", agency);
        model.addAttribute("deadlineFrom", from);
        model.addAttribute("deadlineTo", to);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", TaskSort.values());
        model.addAttribute("states", AssignmentStatus.values());
        model.addAttribute("buckets", Timeliness.values());
        model.addAttribute("bucketCounts", Arrays.stream(Timeliness.values())
                .filter(b -> result.counts().containsKey(b))
                .map(b -> Map.entry(b, result.counts().get(b))).toList());
        model.addAttribute("roles", AssignmentRole.values());
        model.addAttribute("agencyView", agencyView);
        model.addAttribute("agencies", agencyView ? java.util.List.of() : agencies.all().stream()
                .filter(a -> a.active() && !a.group()).sorted(Comparator.comparing(Agency::name)).toList());
        model.addAttribute("notices", tasks.noticesWithTasks());
        model.addAttribute("canImport", CurrentUser.get().map(u -> u.has(Role.SECRETARIAT, Role.ADMIN)).orElse(false));
        model.addAttribute("links", new TaskListLinks(q, state, timeliness, role, notice, agency, from, to, order));
        model.addAttribute("hasNext", (long) (page + 1) * result.size() < result.total());
        return "tasks/list";
    }
}
