package vn.dondoc.app.shared;

import java.time.Instant;

/**
 * One search result, found by a module's {@link SearchSource}.
 *
 * @param kind  notice, task, report or comment
 * @param link  the page that shows it
 */
public record SearchHit(String kind, long id, Long taskId, String title, String text, Instant at, String link) {

    /** The text shown for a hit: at most 300 characters, "…" where it was cut; null gives "". */
    public static String excerpt(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
