package vn.dondoc.app.platform.database;

/** The database could not be made ready; the message says why in Vietnamese, for the operator. */
public class DatabaseStartupException extends RuntimeException {
    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseStartupException(String message) {
        super(message);
    }
}
