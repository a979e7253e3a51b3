package vn.dondoc.app.tasks.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskQuery;
import vn.dondoc.app.tasks.Confidence;
import java.util.stream.Collectors;
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
    String list(TaskQuery query, Model model) {
        TaskFilter filter = query.toFilter(TaskFilter.DEFAULT_SIZE);
        var result = tasks.find(filter);
        boolean agencyView = CurrentUser.get().map(u -> !u.role().seesEverything()).orElse(false);
        TaskQuery canonical = TaskQuery.of(filter);
        model.addAttribute("result", result);
        model.addAttribute("f", filter);
        model.addAttribute("query", canonical);
        model.addAttribute("singleState", filter.statuses().size() == 1 ? filter.statuses().iterator().next() : null);
        model.addAttribute("openState", filter.statuses().equals(TaskFilter.openStatuses()));
        model.addAttribute("singleTimeliness", filter.timeliness().size() == 1 ? filter.timeliness().iterator().next() : null);
        model.addAttribute("multiTimeliness", filter.timeliness().size() > 1 ? canonical.timeliness() : null);
        model.addAttribute("multiTimelinessLabel", filter.timeliness().stream().sorted().map(Timeliness::label)
                .collect(Collectors.joining(", ")));
        model.addAttribute("singleConfidence", filter.confidence().size() == 1 ? filter.confidence().iterator().next() : null);
        model.addAttribute("multiConfidence", filter.confidence().size() > 1 ? canonical.confidence() : null);
        model.addAttribute("sorts", TaskSort.values());
        model.addAttribute("states", AssignmentStatus.values());
        model.addAttribute("buckets", Timeliness.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("bucketCounts", Arrays.stream(Timeliness.values())
                .filter(b -> result.counts().containsKey(b))
                .map(b -> Map.entry(b, result.counts().get(b))).toList());
        model.addAttribute("roles", AssignmentRole.values());
        model.addAttribute("agencyView", agencyView);
        model.addAttribute("agencies", agencyView ? java.util.List.of() : agencies.all().stream()
                .filter(a -> a.active() && !a.group()).sorted(Comparator.comparing(Agency::name)).toList());
        model.addAttribute("notices", agencyView ? java.util.List.of() : tasks.noticesWithTasks());
        model.addAttribute("canImport", CurrentUser.get().map(u -> u.has(Role.SECRETARIAT, Role.ADMIN)).orElse(false));
        model.addAttribute("hasNext", (long) (filter.page() + 1) * result.size() < result.total());
        return "tasks/list";
    }
}
