package vn.dondoc.app.tasks.exchange;

/**
 * A problem in one row of an imported file.
 *
 * @param row    the row number as Excel shows it (header is row 1)
 * @param column the column's header, or empty for the whole row
 */
public record ImportIssue(int row, String column, String message) {
}
