package vn.dondoc.app.shared;

/** Body of every API error: a stable {@code code} and a Vietnamese {@code message}. */
public record ApiError(String code, String message) {
}
