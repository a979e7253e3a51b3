package vn.dondoc.app.reminders;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dondoc.app.shared.VnDates;

/** The Vietnamese words of digests (messages_vi.properties, keys {@code reminders.*}). */
@Component
class DigestTexts {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    DigestTexts(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    String title(java.time.LocalDate day, int count) {
        return msg("reminders.digest.title", VnDates.DATE.format(day), count);
    }

    /**
     * Why an item is mentioned, e.g. "Còn 7 ngày đến hạn"; for work at risk the agency's rating, its day and reason
     * ("Vàng – có nguy cơ chậm, đánh giá ngày 05/12/2026: Thiếu kinh phí").
     */
    String reason(DigestItem it) {
        return msg("reminders.rule." + it.rule().name(), it.days(), it.since() == null ? "" : VnDates.DATE.format(it.since()),
                it.confidence() == null ? "" : msg("confidence." + it.confidence().name()),
                it.confidenceNote() == null ? "" : shorten(it.confidenceNote(), 300));
    }

    String deadline(DigestItem it) {
        return it.deadline() == null ? msg("reminders.digest.noDeadline") : VnDates.DATE.format(it.deadline());
    }

    /** One line per item, for the notification body and the text mail. */
    String line(DigestItem it) {
        return "• " + reason(it) + " — " + (it.ref() == null ? "" : it.ref() + ". ") + shorten(it.content(), 160)
                + " (" + it.agencyName() + "; " + msg("reminders.digest.deadline") + ": " + deadline(it) + ")";
    }

    /** Items listed one by one in a section of a digest; the rest is counted and left to the inbox. */
    static final int SHOWN = 50;

    /**
     * The notification body: the reminders, then the section of work at risk under its heading (each section lists
     * at most {@link #SHOWN} and counts the rest, so a long list of overdue work does not hide the early warnings).
     */
    String body(List<DigestItem> items) {
        String main = lines(reminders(items));
        List<DigestItem> risk = atRisk(items);
        if (risk.isEmpty()) {
            return main;
        }
        return (main.isEmpty() ? "" : main + "\n\n") + msg("reminders.section.AT_RISK") + "\n" + lines(risk);
    }

    private String lines(List<DigestItem> items) {
        String lines = String.join("\n", items.stream().limit(SHOWN).map(this::line).toList());
        return items.size() > SHOWN ? lines + "\n" + more(items) : lines;
    }

    /** The items of the digest's first section (every rule but {@link ReminderRule#AT_RISK}). */
    static List<DigestItem> reminders(List<DigestItem> items) {
        return items.stream().filter(i -> !i.atRisk()).toList();
    }

    /** The items of the section of work at risk. */
    static List<DigestItem> atRisk(List<DigestItem> items) {
        return items.stream().filter(DigestItem::atRisk).toList();
    }

    /** "… và 345 nhiệm vụ khác", or null when every item is shown. */
    String more(List<DigestItem> items) {
        return items.size() > SHOWN ? msg("reminders.digest.more", items.size() - SHOWN) : null;
    }

    static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
