package vn.dondoc.app.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reviewed task ready to be issued: one assignment per lead and per supporting agency (groups already
 * expanded to their members by the caller).
 */
public record NewTask(String ref, String content, LocalDate deadline, String deadlineText, String recurrence,
                      boolean standing, String product, List<Long> leadAgencyIds, List<Long> supportAgencyIds) {
    public NewTask {
        Objects.requireNonNull(content, "content");
        List<Long> leads = leadAgencyIds.stream().distinct().toList();
        leadAgencyIds = leads;
        supportAgencyIds = supportAgencyIds == null ? List.of()
                : supportAgencyIds.stream().filter(id -> !leads.contains(id)).distinct().toList();
        if (leadAgencyIds.isEmpty()) {
            throw new IllegalArgumentException("a task needs a lead agency");
        }
    }
}
