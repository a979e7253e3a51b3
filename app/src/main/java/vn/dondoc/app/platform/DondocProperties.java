package vn.dondoc.app.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code dondoc.*}; each can also be given as an environment variable
 * ({@code DONDOC_DATA_DIR}, {@code DONDOC_DB_URL}, {@code DONDOC_DEMO}, …).
 *
 * @param dataDir where the embedded database and other local data live (default {@code ./data})
 * @param db      external database; when {@code url} is blank the embedded PostgreSQL is used
 * @param demo    demo accounts and data ({@code DONDOC_DEMO=true}); off unless asked for, whatever the database.
 *                In demo mode dondoc listens on 127.0.0.1 unless {@code server.address} is set
 *                ({@link DemoListenAddress}).
 */
@ConfigurationProperties("dondoc")
public record DondocProperties(Path dataDir, Db db, Boolean demo) {

    public DondocProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null) : db;
    }

    /** Whether demo accounts and data are seeded: only when {@code dondoc.demo=true}. */
    public boolean demoEnabled() {
        return Boolean.TRUE.equals(demo);
    }

    /** External PostgreSQL connection. */
    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
