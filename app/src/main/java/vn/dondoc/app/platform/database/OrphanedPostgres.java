package vn.dondoc.app.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data directory by a dondoc that was killed ({@code kill -9}): its
 * {@code postmaster.pid} names a live postgres process although we hold the data-directory lock. It is
 * shut down cleanly (SIGTERM, PostgreSQL's smart shutdown) before the embedded server starts again, so
 * it is never silently reused.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path pgData, Duration timeout) {
        Optional<ProcessHandle> orphan = find(pgData);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Phát hiện PostgreSQL (pid {}) còn chạy từ lần chạy trước bị dừng đột ngột; đang dừng nó an toàn.",
                process.pid());
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new DatabaseStartupException("PostgreSQL cũ (pid " + process.pid() + ") trên thư mục " + pgData
                    + " không dừng được sau " + timeout.toSeconds() + " giây. Hãy dừng nó rồi khởi động lại dondoc.", e);
        }
        log.info("Đã dừng PostgreSQL cũ (pid {}).", process.pid());
    }

    static Optional<ProcessHandle> find(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            Optional<ProcessHandle> ours = alive.filter(p -> isPostgresOn(p, pgData));
            if (alive.isPresent() && ours.isEmpty()) {
                // The pid was reused by an unrelated process: the file is stale, and PostgreSQL would refuse
                // to start on it. We hold the data-directory lock, so no dondoc is using this cluster.
                log.warn("Tệp postmaster.pid cũ trỏ tới tiến trình {} không phải PostgreSQL của dondoc; đã xóa tệp.", pid);
                Files.deleteIfExists(pidFile);
            }
            return ours;
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A postgres server process started on this data directory (its command line names it). */
    private static boolean isPostgresOn(ProcessHandle p, Path pgData) {
        boolean postgres = p.info().command().map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(false);
        if (!postgres) {
            return false;
        }
        try {
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline")).replace('\0', ' ');
            return cmdline.contains(pgData.toString()) || cmdline.contains(pgData.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            return p.info().arguments().map(args -> String.join(" ", args).contains(pgData.toString())).orElse(false);
        }
    }
}
