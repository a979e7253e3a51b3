package vn.dondoc.extraction.document;

/** Progress of a long read: page {@code done} of {@code total} finished. */
@FunctionalInterface
public interface OcrProgress {
    void page(int done, int total);

    static OcrProgress none() {
        return (done, total) -> { };
    }
}
