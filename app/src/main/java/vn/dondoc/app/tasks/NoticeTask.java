package vn.dondoc.app.tasks;

import java.time.LocalDate;
import java.util.List;

/** A task issued from a notice with the names of its lead and supporting agencies (all of them). */
public record NoticeTask(long id, String ref, String content, LocalDate deadline, String deadlineText, List<String> leads,
                         List<String> supports) {
}
