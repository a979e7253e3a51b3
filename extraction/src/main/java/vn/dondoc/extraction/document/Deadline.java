package vn.dondoc.extraction.document;

import java.time.Duration;

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
                "Đọc tệp quá thời gian cho phép (" + total.toSeconds() + " giây)");
    }
}
