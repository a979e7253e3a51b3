package vn.dondoc.app.shared;

/**
 * A background job an admin may start at once ({@code POST /api/v1/admin/jobs/{name}/run}). Any module declares
 * one as a bean; the admin API collects them all by {@link #name()}.
 */
public interface RunnableJob {

    /** Stable name used in the URL, e.g. {@code reminders}. */
    String name();

    /** Runs the job now in the caller's thread; returns a one-line Vietnamese summary of what it did. */
    String runNow();
}
