package vn.dondoc.app.tasks;

import java.util.List;

/**
 * What the current user has to deal with, by section (agency: new, due soon, overdue, sent back, drafts awaiting
 * the head, extension requests, occurrences of recurring tasks due soon or overdue; secretariat: awaiting confirmation, extension requests, declined, long overdue).
 */
public record Inbox(List<Section> sections) {

    /** The section of recurring tasks' occurrences due within 3 days or overdue. */
    public static final String RECURRING = "recurring";

    /** A section: its code (message key suffix), how many there are, and the first items. */
    public record Section(String code, long count, List<InboxItem> items) {

        /** The message key of the section's title. */
        public String titleKey() {
            return RECURRING.equals(code) ? "recurring.inbox" : "inbox." + code;
        }
    }

    public long total() {
        return sections.stream().mapToLong(Section::count).sum();
    }
}
