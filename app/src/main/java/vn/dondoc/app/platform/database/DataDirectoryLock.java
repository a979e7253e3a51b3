package vn.dondoc.app.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on the data directory, held for the life of the process. The OS drops it when
 * the process dies, even by {@code kill -9}, so a held lock always means another live dondoc.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("dondoc.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DatabaseStartupException("Thư mục dữ liệu " + dataDir.toAbsolutePath()
                        + " đang được một phiên dondoc khác sử dụng. Hãy dừng phiên đó, hoặc chọn thư mục khác"
                        + " bằng --dondoc.data-dir=… hoặc biến môi trường DONDOC_DATA_DIR.");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new DatabaseStartupException("Không tạo được thư mục dữ liệu " + dataDir.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
