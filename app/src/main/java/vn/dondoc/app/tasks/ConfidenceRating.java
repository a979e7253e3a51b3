package vn.dondoc.app.tasks;

import java.time.Instant;

/**
 * An assignment's latest confidence rating (DOMAIN.md "Confidence rating"): the forecast sent with its latest rated
 * progress or completion report, the agency's note (required for amber and red) and when it was given.
 */
public record ConfidenceRating(Confidence confidence, String note, Instant at) {
}
