package vn.dondoc.app.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (real binaries from Maven Central) whose cluster lives in
 * {@code <dataDir>/pg}, kept across restarts, with fsync and synchronous commit on.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "dondoc";
    private static final String HBA_MARKER = "# dondoc: connections need the password of <data dir>/db-password\n";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, String password) {
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
    }

    /** Locks the data directory, stops an orphaned server left by a killed JVM, and starts PostgreSQL. */
    public static EmbeddedDatabase start(Path dataDir) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path pgData = dataDir.resolve("pg");
            Path binaries = dataDir.resolve("pg-bin");
            Files.createDirectories(binaries);
            OrphanedPostgres.stopIfRunning(pgData, Duration.ofSeconds(60));
            String password = DatabasePassword.readOrCreate(dataDir.resolve("db-password"));
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setConnectConfig("password", password)
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(lock, pg, password);
            db.requirePasswords(pgData);
            db.createDatabaseIfMissing();
            log.info("PostgreSQL nhúng sẵn sàng tại cổng {} (dữ liệu: {}) sau {} ms", pg.getPort(),
                    pgData.toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000);
            return db;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof DatabaseStartupException d) {
                throw d;
            }
            throw new DatabaseStartupException("Không khởi động được PostgreSQL nhúng trong "
                    + dataDir.toAbsolutePath() + ": " + rootMessage(e)
                    + ". Nếu thư mục được tạo bởi phiên bản PostgreSQL khác, hãy dùng thư mục dữ liệu mới.", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    /** The database password, kept in {@code <dataDir>/db-password} (readable by its owner only). */
    public String password() {
        return password;
    }

    /**
     * initdb leaves the cluster on "trust": any local user could connect as superuser. On the first start
     * the role gets the generated password and pg_hba.conf is replaced to require it.
     */
    private void requirePasswords(Path pgData) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        if (Files.readString(hba).startsWith(HBA_MARKER)) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(hba, HBA_MARKER + """
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new DatabaseStartupException("Không thiết lập được mật khẩu cho PostgreSQL nhúng: " + e.getMessage(), e);
        }
    }

    private void createDatabaseIfMissing() {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new DatabaseStartupException("Không tạo được cơ sở dữ liệu '" + DATABASE + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Đã dừng PostgreSQL nhúng.");
        } catch (IOException e) {
            log.warn("Dừng PostgreSQL nhúng không trọn vẹn: {}", e.getMessage());
        } finally {
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing more to do on the way out
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
