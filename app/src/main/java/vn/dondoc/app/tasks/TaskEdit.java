package vn.dondoc.app.tasks;

import java.time.LocalDate;

/** The secretariat's correction of a task's fields; {@code version} is the task version the user saw. */
public record TaskEdit(String ref, String content, LocalDate deadline, String deadlineText, String recurrence,
                       boolean standing, String product, int version) {
}
