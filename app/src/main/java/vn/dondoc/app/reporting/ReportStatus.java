package vn.dondoc.app.reporting;

/** State of a report's background job. */
public enum ReportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    /** Still being worked on (the page keeps polling). */
    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }
}
