package vn.dondoc.extraction.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/** The moment one read must be finished by. */
final class Deadline {

    private final long endNanos;
    private final Duration total;

    private Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    static Deadline after(Duration total) {
        return new Deadline(total);
    }

    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    boolean passed() {
        return remaining().isZero();
    }

    /** The smaller of {@code limit} and the time left. */
    Duration cap(Duration limit) {
        Duration left = remaining();
        return left.compareTo(limit) < 0 ? left : limit;
    }

    void check() throws DocumentException {
        if (passed()) {
            throw timeout();
        }
    }

    DocumentException timeout() {
        return new DocumentException(DocumentException.Reason.TIMEOUT,
                "Đọc tệp quá thời gian cho phép (" + seconds(total) + " giây)");
    }

    /** "60", "0,15": seconds the Vietnamese way. */
    static String seconds(Duration d) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
                .format(d.toMillis() / 1000.0);
    }
}
