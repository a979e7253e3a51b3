package vn.dondoc.app.tasks;

import java.time.LocalDate;

/**
 * Filters of the task list; null means "any". {@code page} counts from 0.
 *
 * @param q free text, diacritics and case ignored
 */
public record TaskFilter(Long agencyId, AssignmentRole role, AssignmentStatus status, Timeliness timeliness,
                         Long noticeId, String q, LocalDate deadlineFrom, LocalDate deadlineTo, int page, int size) {
    public TaskFilter {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
