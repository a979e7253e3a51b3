package vn.dondoc.extraction.deadline;

import java.time.LocalDate;

/**
 * A deadline phrase found in a text.
 *
 * @param date     the resolved last day, or null when the phrase names no calendar date ("trước Tết")
 * @param text     the phrase verbatim as written
 * @param start    offset of the phrase in the searched text
 * @param end      offset after the phrase
 * @param strength 2 for explicit limits ("trước ngày", "chậm nhất", "hoàn thành trong"), 1 for "trong
 *                 tháng/quý", 0 for a bare "trong năm"
 */
public record DeadlineMatch(LocalDate date, String text, int start, int end, int strength) {

    /** True when the phrase was understood as a date. */
    public boolean resolved() {
        return date != null;
    }
}
