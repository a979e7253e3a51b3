package vn.dondoc.app.tasks.exchange;

import java.util.List;

/**
 * The outcome of an Excel import: how many task rows the file had, how many were valid, what was wrong
 * row by row, and how many tasks were created (0 when a row was invalid and bad rows weren't skipped).
 *
 * @param skippedRows row numbers left out because they were invalid (only with skip-invalid)
 */
public record ImportReport(String fileName, int rows, int validRows, int invalidRows, int imported,
                           boolean skipInvalid, List<ImportIssue> issues, List<Integer> skippedRows,
                           List<Long> taskIds) {

    /** Whether the file was imported (at least one task created). */
    public boolean done() {
        return imported > 0;
    }
}
