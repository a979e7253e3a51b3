package vn.dondoc.app.tasks.web;

import java.util.List;
import java.util.Set;
import vn.dondoc.app.tasks.AssignmentEvent;
import vn.dondoc.app.tasks.AssignmentView;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.tasks.ConfidenceRating;
import vn.dondoc.app.tasks.EvidenceFile;
import vn.dondoc.app.tasks.ExtensionRequest;
import vn.dondoc.app.tasks.Occurrence;

/**
 * One assignment on the task page: its state, timeline, evidence, extension requests, the officers' drafts
 * awaiting the head, the actions the current user may take now, the reporting periods of a recurring task and the
 * latest confidence rating (null before any rated report).
 */
public record AssignmentPanel(AssignmentView a, List<AssignmentEvent> timeline, List<EvidenceFile> evidence,
                       List<ExtensionRequest> extensions, ExtensionRequest pendingExtension,
                       List<AssignmentEvent> drafts, Set<String> actions, List<Occurrence> occurrences,
                       ConfidenceRating rating) {

    public boolean can(String action) {
        return actions.contains(action);
    }

    /**
     * The rating the report form starts on: a progress report the latest rating (or green), a completion report
     * green (work reported done is on track unless the agency says otherwise).
     */
    public String defaultConfidence(String action) {
        if ("REPORT_PROGRESS".equals(action) && rating != null) {
            return rating.confidence().name();
        }
        return Confidence.GREEN.name();
    }

    /** The rating an officer's draft proposes, what the head's submit form starts on. */
    public String draftConfidence(AssignmentEvent draft) {
        return draft.confidence() != null ? draft.confidence().name() : defaultConfidence(
                "DRAFT_COMPLETION".equals(draft.action()) ? "REPORT_COMPLETION" : "REPORT_PROGRESS");
    }

    /** Evidence files attached to one timeline entry. */
    public List<EvidenceFile> evidenceOf(long eventId) {
        return evidence.stream().filter(e -> e.eventId() != null && e.eventId() == eventId).toList();
    }
}
