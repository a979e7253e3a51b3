package vn.dondoc.extraction.document;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a step of parsing (Tika parse, PDFBox load, one page's text or rendering) on a daemon thread and
 * waits for it no longer than the deadline. Parsers cannot be stopped from outside, so a step that times
 * out is interrupted and abandoned; its output is bounded by the other limits.
 */
final class Bounded {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dondoc-document-parse");
        t.setDaemon(true);
        return t;
    });

    /** Turns a step's failure into the right {@link DocumentException}. */
    @FunctionalInterface
    interface Failure {
        DocumentException translate(Throwable cause);
    }

    private Bounded() {
    }

    static <T> T call(Deadline deadline, Callable<T> step, Failure failure) throws DocumentException {
        deadline.check();
        Future<T> future = THREADS.submit(step);
        try {
            return future.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw deadline.timeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentException(DocumentException.Reason.TIMEOUT, "Việc đọc tệp bị dừng");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof DocumentException d ? d : failure.translate(cause);
        }
    }
}
