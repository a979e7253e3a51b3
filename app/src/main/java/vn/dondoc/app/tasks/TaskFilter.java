package vn.dondoc.app.tasks;

import java.time.LocalDate;

/**
 * Filters of the task list; null means "any". {@code page} counts from 0.
 *
 * @param q    free text, diacritics and case ignored
 * @param sort order of the rows; null means by deadline
 */
public record TaskFilter(Long agencyId, AssignmentRole role, AssignmentStatus status, Timeliness timeliness,
                         Long noticeId, String q, LocalDate deadlineFrom, LocalDate deadlineTo, TaskSort sort,
                         int page, int size) {
    public TaskFilter {
        sort = sort == null ? TaskSort.DEADLINE : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }

    /** The list by deadline. */
    public TaskFilter(Long agencyId, AssignmentRole role, AssignmentStatus status, Timeliness timeliness,
                      Long noticeId, String q, LocalDate deadlineFrom, LocalDate deadlineTo, int page, int size) {
        this(agencyId, role, status, timeliness, noticeId, q, deadlineFrom, deadlineTo, TaskSort.DEADLINE, page, size);
    }

    /** The same filter restricted to one agency. */
    public TaskFilter withAgency(Long agency) {
        return new TaskFilter(agency, role, status, timeliness, noticeId, q, deadlineFrom, deadlineTo, sort, page, size);
    }
}
