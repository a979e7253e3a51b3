package vn.dondoc.app.tasks.web;

import java.util.List;
import java.util.Set;
import vn.dondoc.app.tasks.AssignmentEvent;
import vn.dondoc.app.tasks.AssignmentView;
import vn.dondoc.app.tasks.EvidenceFile;
import vn.dondoc.app.tasks.ExtensionRequest;
import vn.dondoc.app.tasks.Occurrence;

/**
 * One assignment on the task page: its state, timeline, evidence, extension requests, the officers' drafts
 * awaiting the head, the actions the current user may take now, and the reporting periods of a recurring task.
 */
public record AssignmentPanel(AssignmentView a, List<AssignmentEvent> timeline, List<EvidenceFile> evidence,
                       List<ExtensionRequest> extensions, ExtensionRequest pendingExtension,
                       List<AssignmentEvent> drafts, Set<String> actions, List<Occurrence> occurrences) {

    public boolean can(String action) {
        return actions.contains(action);
    }

    /** Evidence files attached to one timeline entry. */
    public List<EvidenceFile> evidenceOf(long eventId) {
        return evidence.stream().filter(e -> e.eventId() != null && e.eventId() == eventId).toList();
    }
}
