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

    /** Why an item is mentioned, e.g. "Còn 7 ngày đến hạn". */
    String reason(DigestItem it) {
        return msg("reminders.rule." + it.rule().name(), it.days(), it.since() == null ? "" : VnDates.DATE.format(it.since()));
    }

    String deadline(DigestItem it) {
        return it.deadline() == null ? msg("reminders.digest.noDeadline") : VnDates.DATE.format(it.deadline());
    }

    /** One line per item, for the notification body and the text mail. */
    String line(DigestItem it) {
        return "• " + reason(it) + " — " + (it.ref() == null ? "" : it.ref() + ". ") + shorten(it.content(), 160)
                + " (" + it.agencyName() + "; " + msg("reminders.digest.deadline") + ": " + deadline(it) + ")";
    }

    /** Items listed one by one in a digest; the rest is counted and left to the inbox. */
    static final int SHOWN = 50;

    String body(List<DigestItem> items) {
        String lines = String.join("\n", items.stream().limit(SHOWN).map(this::line).toList());
        return items.size() > SHOWN ? lines + "\n" + more(items) : lines;
    }

    /** "… và 345 nhiệm vụ khác", or null when every item is shown. */
    String more(List<DigestItem> items) {
        return items.size() > SHOWN ? msg("reminders.digest.more", items.size() - SHOWN) : null;
    }

    static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
