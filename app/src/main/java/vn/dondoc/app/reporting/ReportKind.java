package vn.dondoc.app.reporting;

/** What a report shows: the progress report or the agency scorecard. */
public enum ReportKind {
    PROGRESS, SCORECARD
}
