package vn.dondoc.app.notices;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One task on the review page: the stored task (samples schema) with its agencies resolved, the source
 * passage in the notice text, the extraction's confidence and warnings, and the checks the reviewer must
 * clear before issuing.
 *
 * @param deadline   ISO date ("2026-12-15") or null
 * @param spanStart  offset of the source passage as stored (in the NFC text the extraction read), or null
 * @param spanEnd    offset after the source passage as stored, or null
 * @param textStart  {@code spanStart} in {@link NoticeReview#text()}, where the page highlights it
 * @param textEnd    {@code spanEnd} in {@link NoticeReview#text()}
 * @param confidence per field ("lead", "support", "deadline", "content") in [0, 1]
 * @param warnings   the extraction's Vietnamese notes for the reviewer
 */
public record ReviewTask(String ref, List<ReviewAgency> lead, List<ReviewAgency> support, String content,
                         String deadline, String deadlineText, String recurrence, boolean standing, String product,
                         Integer spanStart, Integer spanEnd, Integer textStart, Integer textEnd,
                         Map<String, Double> confidence, List<String> warnings) {

    /** Fields whose confidence is below this are marked for the reviewer. */
    public static final double LOW_CONFIDENCE = 0.7;

    public ReviewTask {
        lead = List.copyOf(lead);
        support = List.copyOf(support);
        confidence = Map.copyOf(confidence);
        warnings = List.copyOf(warnings);
    }

    /** A blank task, as the editor adds it. */
    public static ReviewTask blank() {
        return new ReviewTask(null, List.of(), List.of(), null, null, null, null, false, null, null, null, null, null,
                Map.of(), List.of());
    }

    public boolean noLead() {
        return lead.isEmpty();
    }

    public boolean emptyContent() {
        return content == null || content.isBlank();
    }

    /** A deadline phrase was written but no date is set (and the task is not standing). */
    public boolean deadlineWithoutDate() {
        return deadline == null && !standing && deadlineText != null && !deadlineText.isBlank();
    }

    public boolean standingWithDeadline() {
        return standing && deadline != null;
    }

    /** Some lead or supporting name is not in the directory. */
    public boolean unresolved() {
        return lead.stream().anyMatch(a -> !a.resolved()) || support.stream().anyMatch(a -> !a.resolved());
    }

    /** Some name resolves only by a loose match (worth a look before issuing). */
    public boolean uncertain() {
        return lead.stream().anyMatch(ReviewAgency::uncertain) || support.stream().anyMatch(ReviewAgency::uncertain);
    }

    /** The extraction was unsure of this field. */
    public boolean low(String field) {
        Double c = confidence.get(field);
        return c != null && c < LOW_CONFIDENCE;
    }

    /** The confidence map as JSON, carried by the editor and sent back on save. */
    public String confidenceJson() {
        StringBuilder out = new StringBuilder("{");
        new TreeMap<>(confidence).forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(k.replaceAll("[^A-Za-z_]", "")).append("\":")
                    .append(String.format(Locale.ROOT, "%.3f", v));
        });
        return out.append('}').toString();
    }
}
