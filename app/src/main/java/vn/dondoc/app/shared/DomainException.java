package vn.dondoc.app.shared;

/**
 * A refused request with a Vietnamese message for the user and a stable code for API clients. The
 * {@link Kind} decides the HTTP status (400, 403, 404, 409, 413).
 */
public class DomainException extends RuntimeException {

    /** What went wrong, from the client's point of view. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status of the answer. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, "forbidden", message);
    }

    /** A file or request over a size limit (413). */
    public static DomainException tooLarge(String code, String message) {
        return new DomainException(Kind.TOO_LARGE, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }
}
