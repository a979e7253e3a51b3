package vn.dondoc.app.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code dondoc.*}; each can also be given as an environment variable
 * ({@code DONDOC_DATA_DIR}, {@code DONDOC_DB_URL}, {@code DONDOC_DEMO}, …).
 *
 * @param dataDir where the embedded database and other local data live (default {@code ./data})
 * @param db      external database; when {@code url} is blank the embedded PostgreSQL is used
 * @param demo    demo accounts and data; {@code null} means "on for the embedded database only"
 */
@ConfigurationProperties("dondoc")
public record DondocProperties(Path dataDir, Db db, Boolean demo) {

    public DondocProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null) : db;
    }

    /** Whether demo accounts and data are seeded. */
    public boolean demoEnabled() {
        return demo != null ? demo : !db.external();
    }

    /** External PostgreSQL connection. */
    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
