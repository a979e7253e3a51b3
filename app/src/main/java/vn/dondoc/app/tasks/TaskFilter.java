package vn.dondoc.app.tasks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters of the task list; null or empty means "any". {@code page} counts from 0. Build one with
 * {@link #all()} and the {@code with…} methods, or from URL parameters with {@link TaskQuery}.
 *
 * @param statuses   stored states ({@code state=open} is the three open ones)
 * @param timeliness timeliness buckets; the list's counts are per bucket over the filter without this one
 * @param q          free text, diacritics and case ignored
 * @param completedFrom first day of completion (done work), inclusive
 * @param confidence the latest confidence rating of the assignment
 * @param sort       order of the rows; null means by deadline
 */
public record TaskFilter(Long agencyId, AssignmentRole role, Set<AssignmentStatus> statuses, Set<Timeliness> timeliness,
                         Long noticeId, String q, LocalDate deadlineFrom, LocalDate deadlineTo, LocalDate completedFrom,
                         LocalDate completedTo, Set<Confidence> confidence, TaskSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 50;

    public TaskFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        timeliness = timeliness == null || timeliness.isEmpty() ? Set.of() : Set.copyOf(timeliness);
        confidence = confidence == null || confidence.isEmpty() ? Set.of() : Set.copyOf(confidence);
        q = q == null || q.isBlank() ? null : q.trim();
        sort = sort == null ? TaskSort.DEADLINE : sort;
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 500);
    }

    /** Every assignment the user may see, by deadline, first page. */
    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** The open states: work the agency still owes. */
    public static Set<AssignmentStatus> openStatuses() {
        return EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.AWAITING_CONFIRMATION);
    }

    public TaskFilter withAgency(Long agency) {
        return new TaskFilter(agency, role, statuses, timeliness, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, page, size);
    }

    public TaskFilter withNotice(Long notice) {
        return new TaskFilter(agencyId, role, statuses, timeliness, notice, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, page, size);
    }

    public TaskFilter withRole(AssignmentRole r) {
        return new TaskFilter(agencyId, r, statuses, timeliness, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, page, size);
    }

    public TaskFilter withStatuses(Set<AssignmentStatus> s) {
        return new TaskFilter(agencyId, role, s, timeliness, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, page, size);
    }

    public TaskFilter withTimeliness(Set<Timeliness> t) {
        return new TaskFilter(agencyId, role, statuses, t, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, page, size);
    }

    public TaskFilter withText(String text) {
        return new TaskFilter(agencyId, role, statuses, timeliness, noticeId, text, deadlineFrom, deadlineTo,
                completedFrom, completedTo, confidence, sort, page, size);
    }

    public TaskFilter withDeadline(LocalDate from, LocalDate to) {
        return new TaskFilter(agencyId, role, statuses, timeliness, noticeId, q, from, to, completedFrom, completedTo,
                confidence, sort, page, size);
    }

    public TaskFilter withCompleted(LocalDate from, LocalDate to) {
        return new TaskFilter(agencyId, role, statuses, timeliness, noticeId, q, deadlineFrom, deadlineTo, from, to,
                confidence, sort, page, size);
    }

    public TaskFilter withConfidence(Set<Confidence> c) {
        return new TaskFilter(agencyId, role, statuses, timeliness, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, c, sort, page, size);
    }

    public TaskFilter withSort(TaskSort s) {
        return new TaskFilter(agencyId, role, statuses, timeliness, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, s, page, size);
    }

    public TaskFilter withPage(int p, int s) {
        return new TaskFilter(agencyId, role, statuses, timeliness, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, p, s);
    }

    /** The same filter without its timeliness, order and page: what the bucket counts are taken over. */
    TaskFilter countKey() {
        return new TaskFilter(agencyId, role, statuses, null, noticeId, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, TaskSort.DEADLINE, 0, DEFAULT_SIZE);
    }
}
