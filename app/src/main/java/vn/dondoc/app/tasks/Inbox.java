package vn.dondoc.app.tasks;

import java.util.List;

/**
 * What the current user has to deal with, by section (agency: new, due soon, overdue, sent back, drafts awaiting
 * the head, extension requests; secretariat: awaiting confirmation, extension requests, declined, long overdue).
 */
public record Inbox(List<Section> sections) {

    /** A section: its code (message key suffix), how many there are, and the first items. */
    public record Section(String code, long count, List<InboxItem> items) {
    }

    public long total() {
        return sections.stream().mapToLong(Section::count).sum();
    }
}
