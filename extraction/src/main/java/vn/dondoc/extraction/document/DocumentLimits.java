package vn.dondoc.extraction.document;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one {@link DocumentReader#read read}: a file that exceeds them is refused with a typed
 * {@link DocumentException} instead of hanging the caller or exhausting memory.
 *
 * @param maxBytes          largest accepted file, in bytes (checked before the content is read)
 * @param maxPages          largest accepted number of pages (PDF pages, TIFF frames)
 * @param perPageOcrTimeout longest OCR of one page; the Tesseract process is killed after it
 * @param totalTimeout      longest whole read, OCR included
 * @param ocrDpi            resolution at which PDF pages are rendered for OCR
 */
public record DocumentLimits(long maxBytes, int maxPages, Duration perPageOcrTimeout, Duration totalTimeout,
                             int ocrDpi) {

    /** 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 200;
    public static final Duration DEFAULT_PER_PAGE_OCR_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(20);
    public static final int DEFAULT_OCR_DPI = 300;

    public DocumentLimits {
        Objects.requireNonNull(perPageOcrTimeout, "perPageOcrTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (maxBytes <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("maxBytes and maxPages must be positive");
        }
        if (perPageOcrTimeout.isNegative() || perPageOcrTimeout.isZero()
                || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (ocrDpi < 72 || ocrDpi > 600) {
            throw new IllegalArgumentException("ocrDpi must be between 72 and 600");
        }
    }

    /** 50 MB, 200 pages, 60 s OCR per page, 20 min in all, 300 dpi. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_PER_PAGE_OCR_TIMEOUT,
                DEFAULT_TOTAL_TIMEOUT, DEFAULT_OCR_DPI);
    }

    /** A copy with another size limit. */
    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxPages, perPageOcrTimeout, totalTimeout, ocrDpi);
    }

    /** A copy with another page limit. */
    public DocumentLimits withMaxPages(int pages) {
        return new DocumentLimits(maxBytes, pages, perPageOcrTimeout, totalTimeout, ocrDpi);
    }

    /** A copy with other time limits. */
    public DocumentLimits withTimeouts(Duration perPage, Duration total) {
        return new DocumentLimits(maxBytes, maxPages, perPage, total, ocrDpi);
    }

    /** "50 MB" style, for messages. */
    String maxSizeText() {
        long mb = maxBytes / (1024 * 1024);
        return mb > 0 ? mb + " MB" : maxBytes + " byte";
    }
}
