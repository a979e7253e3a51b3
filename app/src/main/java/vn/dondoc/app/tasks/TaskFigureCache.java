package vn.dondoc.app.tasks;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts and figures over many assignments, kept until the data under them changes: each is stored under the
 * {@code task_generation} number it was read at, which a commit that changed a task or an assignment moves
 * (deferred triggers, once per transaction). Reading the number costs one indexed row; a figure is computed
 * once per generation even when many requests ask at the same moment. Works across app nodes, since the
 * number lives in the database. Inside a transaction that writes, figures are computed directly (they may
 * include that transaction's own uncommitted rows).
 */
@Component
class TaskFigureCache {

    /** More distinct figures than this in one generation (ad-hoc searches) empties the cache. */
    private static final int MAX_ENTRIES = 5_000;

    /** Pages of the task list kept per generation: the most recently used ones (a page is up to ~100 kB). */
    private static final int MAX_PAGES = 200;

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<Object, CompletableFuture<Object>> entries = new ConcurrentHashMap<>();
    private final Map<Object, CompletableFuture<Object>> pages = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, CompletableFuture<Object>> eldest) {
                    return size() > MAX_PAGES;
                }
            });
    private volatile long generation = -1;

    TaskFigureCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current generation, read once per transaction (a dashboard asks for a dozen figures in one). */
    long generation() {
        Long known = (Long) TransactionSynchronizationManager.getResource(this);
        if (known != null) {
            return known;
        }
        long n = jdbc.sql("select n from task_generation").query(Long.class).single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(this, n);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TaskFigureCache.this);
                }
            });
        }
        return n;
    }

    /** A figure (counts, dashboard aggregates) for the current generation. */
    <T> T get(Object key, Supplier<T> compute) {
        return lookup(entries, key, compute);
    }

    /** A page of the task list for the current generation (fewer kept: pages are large). */
    <T> T page(Object key, Supplier<T> compute) {
        return lookup(pages, key, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(Map<Object, CompletableFuture<Object>> map, Object key, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        long current = generation();
        if (current != generation) {
            synchronized (this) {
                if (current != generation) {
                    entries.clear();
                    pages.clear();
                    generation = current;
                }
            }
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = map.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return (T) existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            T value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            map.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
