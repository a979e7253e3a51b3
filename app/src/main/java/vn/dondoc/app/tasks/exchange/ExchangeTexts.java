package vn.dondoc.app.tasks.exchange;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Vietnamese texts of exported and template files, from messages_vi.properties ({@code exchange.*}). */
@Component
class ExchangeTexts {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ExchangeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /** A recurrence (ISO period) in words ("Định kỳ hằng tháng"); an unknown period as it is. */
    String recurrence(String period) {
        if (period == null || period.isBlank()) {
            return "";
        }
        return messages.getMessage("exchange.recurrence." + period, null, period, VI);
    }
}
