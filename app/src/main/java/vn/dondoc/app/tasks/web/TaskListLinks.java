package vn.dondoc.app.tasks.web;

import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.TaskSort;
import vn.dondoc.app.tasks.Timeliness;

/** URLs of the task list that keep its filters: other pages, other buckets, exports. */
public record TaskListLinks(String q, AssignmentStatus state, Timeliness timeliness, AssignmentRole role, Long notice,
                            Long agency, LocalDate deadlineFrom, LocalDate deadlineTo, TaskSort sort) {

    private UriComponentsBuilder builder(String path, Timeliness bucket) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        add(b, "q", q == null || q.isBlank() ? null : q);
        add(b, "state", state);
        add(b, "timeliness", bucket);
        add(b, "role", role);
        add(b, "notice", notice);
        add(b, "agency", agency);
        add(b, "deadline_from", deadlineFrom);
        add(b, "deadline_to", deadlineTo);
        add(b, "sort", sort == null || sort == TaskSort.DEADLINE ? null : sort.param());
        return b;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null) {
            b.queryParam(name, value.toString());
        }
    }

    public String page(int page) {
        return builder("/tasks", timeliness).queryParam("page", page).encode().build().toUriString();
    }

    /** The list of one bucket (or all buckets when it is the current one). */
    public String bucket(Timeliness bucket) {
        return builder("/tasks", bucket == timeliness ? null : bucket).encode().build().toUriString();
    }

    public String export(String format) {
        return builder("/tasks/export", timeliness).queryParam("format", format).encode().build().toUriString();
    }
}
