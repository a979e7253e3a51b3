package vn.dondoc.app.notices;

import java.util.List;

/**
 * A notice as the review page shows it.
 *
 * @param header   the editable header fields
 * @param text     the notice's plain text (NFC, line breaks as {@code \n}); task spans are offsets in it
 * @param tasks    the tasks as last saved (or extracted)
 * @param warnings the extraction's notes about the whole document
 */
public record NoticeReview(NoticeSummary notice, ReviewedHeader header, String text, List<ReviewTask> tasks,
                           List<String> warnings) {

    public NoticeReview {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    /** Tasks the reviewer still has to look at (a check failing or an extraction warning). */
    public long tasksNeedingAttention() {
        return tasks.stream().filter(t -> t.noLead() || t.emptyContent() || t.deadlineWithoutDate() || t.unresolved() || t.uncertain()
                || !t.warnings().isEmpty()).count();
    }
}
