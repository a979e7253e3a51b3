package vn.dondoc.app.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps committed data across restarts, refuses a data directory another
 * instance holds, and after {@code kill -9} of its JVM the orphaned server is stopped, never reused.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesAKill9AndTheOrphanIsStopped() throws Exception {
        Process child = startProbe("truoc-khi-bi-kill");
        Path pgData = dir.resolve("pg");
        long orphanPid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("postgres outlives its JVM").contains(true);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .as("orphan stopped, not reused").isFalse();
            assertThat(notes(db)).containsExactly("truoc-khi-bi-kill");
        }
    }

    @Test
    void aSecondInstanceOnTheSameDirectoryIsRefusedClearly() {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir))
                    .isInstanceOf(DatabaseStartupException.class)
                    .hasMessageContaining("đang được một phiên dondoc khác sử dụng");
        }
    }

    @Test
    void restartKeepsData() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
             var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var s = c.createStatement()) {
            s.execute("create table probe (note text)");
            s.execute("insert into probe values ('lan-1')");
            try (var rs = s.executeQuery("show fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
            try (var rs = s.executeQuery("show synchronous_commit")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThat(notes(db)).containsExactly("lan-1");
        }
    }

    @Test
    void connectionsNeedThePassword() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "sai").close())
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("password");
            assertThat(Files.readString(dir.resolve("db-password")).trim()).isEqualTo(db.password());
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dir)) {
            DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password()).close();
        }
    }

    @Test
    void aStalePidFileNamingAnotherProcessDoesNotBlockStartup() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThat(notesOrEmpty(db)).isEmpty();
        }
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(dir.resolve("pg/postmaster.pid"), other.pid() + "\n" + dir.resolve("pg") + "\n");
            try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
                assertThat(other.isAlive()).as("an unrelated process is never signalled").isTrue();
            }
        } finally {
            other.destroyForcibly();
        }
    }

    private static List<String> notesOrEmpty(EmbeddedDatabase db) throws Exception {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from pg_tables where tablename = 'probe'")) {
            rs.next();
            return rs.getInt(1) == 0 ? List.of() : notes(db);
        }
    }

    private Process startProbe(String note) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProbe.class.getName(), dir.toString(), note).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String line;
        List<String> seen = new ArrayList<>();
        while ((line = out.readLine()) != null) {
            seen.add(line);
            if (line.equals("READY")) {
                return p;
            }
        }
        throw new AssertionError("probe did not start: " + seen);
    }

    private static List<String> notes(EmbeddedDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var s = c.createStatement();
             var rs = s.executeQuery("select note from probe")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
