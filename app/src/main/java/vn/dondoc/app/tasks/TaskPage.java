package vn.dondoc.app.tasks;

import java.util.List;
import java.util.Map;

/** A page of assignments, the total matching the filter and the counts per timeliness bucket. */
public record TaskPage(List<AssignmentView> items, int page, int size, long total, Map<Timeliness, Long> counts) {

    public TaskPage {
        items = List.copyOf(items);
    }
}
