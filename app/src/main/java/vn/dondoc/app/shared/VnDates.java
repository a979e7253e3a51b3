package vn.dondoc.app.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/** Vietnamese date formats (dd/MM/yyyy, Asia/Ho_Chi_Minh), for templates as {@code @dates}. */
@Component("dates")
public class VnDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** An ISO date as JSON carries it ("2026-12-15") shown as 15/12/2026; anything else as it is. */
    public String iso(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return date(LocalDate.parse(value.toString()));
        } catch (java.time.format.DateTimeParseException e) {
            return value.toString();
        }
    }

    public String format(TemporalAccessor t) {
        if (t instanceof LocalDate d) {
            return date(d);
        }
        return t instanceof Instant i ? dateTime(i) : t == null ? "" : t.toString();
    }
}
