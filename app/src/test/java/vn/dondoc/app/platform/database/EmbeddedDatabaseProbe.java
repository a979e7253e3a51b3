package vn.dondoc.app.platform.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseTest}: starts the embedded database on a data
 * directory, commits a row, says READY and waits to be killed.
 */
public final class EmbeddedDatabaseProbe {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var s = c.createStatement()) {
            s.execute("create table if not exists probe (note text)");
            s.execute("insert into probe values ('" + args[1] + "')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
