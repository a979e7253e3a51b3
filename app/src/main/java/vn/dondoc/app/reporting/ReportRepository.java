package vn.dondoc.app.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code report} table and its file. */
@Repository
class ReportRepository {

    private static final String COLUMNS = "id, kind, format, period_from, period_to, scope_type, scope_id, scope_label,"
            + " status, progress, error, scheduled, requested_by, created_at, finished_at, file_name, file_size,"
            + " row_count, elapsed_ms";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportKind kind, ReportFormat format, java.time.LocalDate from, java.time.LocalDate to, ReportScope scope,
                String scopeLabel, boolean scheduled, Long requestedBy, Instant now) {
        return jdbc.sql("""
                insert into report (kind, format, period_from, period_to, scope_type, scope_id, scope_label, status,
                                    scheduled, requested_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?) returning id""")
                .params(kind.name(), format.name(), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to),
                        scope.type().name(), scope.id(), scopeLabel, scheduled, requestedBy, Timestamp.from(now))
                .query(Long.class).single();
    }

    Optional<ReportInfo> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report where id = ?").param(id).query(ReportRepository::map).optional();
    }

    /** Newest first; {@code agencyId} non-null limits to reports scoped to that agency or asked by {@code userId}. */
    List<ReportInfo> list(Long agencyId, long userId, int limit) {
        if (agencyId == null) {
            return jdbc.sql("select " + COLUMNS + " from report order by created_at desc, id desc limit ?")
                    .param(limit).query(ReportRepository::map).list();
        }
        return jdbc.sql("select " + COLUMNS + " from report where (scope_type = 'AGENCY' and scope_id = ?)"
                        + " or requested_by = ? order by created_at desc, id desc limit ?")
                .params(agencyId, userId, limit).query(ReportRepository::map).list();
    }

    /** Marks the report running unless it already finished; false when there is nothing to do. */
    boolean start(long id, Instant now) {
        return jdbc.sql("update report set status = 'RUNNING', progress = 0, error = null, started_at = ?"
                        + " where id = ? and status in ('QUEUED', 'RUNNING')")
                .params(Timestamp.from(now), id).update() == 1;
    }

    void progress(long id, int percent) {
        jdbc.sql("update report set progress = ? where id = ? and status = 'RUNNING'")
                .params(Math.max(0, Math.min(99, percent)), id).update();
    }

    void done(long id, String fileName, String mediaType, byte[] content, int rows, long elapsedMs, Instant now) {
        jdbc.sql("insert into report_file (report_id, content) values (?, ?)"
                        + " on conflict (report_id) do update set content = excluded.content")
                .params(id, content).update();
        jdbc.sql("""
                update report set status = 'DONE', progress = 100, file_name = ?, media_type = ?, file_size = ?,
                                  row_count = ?, elapsed_ms = ?, finished_at = ? where id = ?""")
                .params(fileName, mediaType, content.length, rows, elapsedMs, Timestamp.from(now), id).update();
    }

    void failed(long id, String error, Instant now) {
        jdbc.sql("update report set status = 'FAILED', error = ?, finished_at = ? where id = ?")
                .params(error, Timestamp.from(now), id).update();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from report_file where report_id = ?").param(id).query(byte[].class).optional();
    }

    Optional<Instant> lastScheduled(ReportKind kind) {
        return jdbc.sql("select max(created_at) from report where scheduled and kind = ?").param(kind.name())
                .query((rs, i) -> rs.getTimestamp(1)).optional().filter(t -> t != null).map(Timestamp::toInstant);
    }

    private static ReportInfo map(ResultSet rs, int i) throws SQLException {
        ReportScope.Type type = ReportScope.Type.valueOf(rs.getString("scope_type"));
        long scopeId = rs.getLong("scope_id");
        ReportScope scope = type == ReportScope.Type.ALL ? ReportScope.ALL : new ReportScope(type, scopeId);
        long by = rs.getLong("requested_by");
        Long requestedBy = rs.wasNull() ? null : by;
        Timestamp finished = rs.getTimestamp("finished_at");
        long size = rs.getLong("file_size");
        Long fileSize = rs.wasNull() ? null : size;
        int rows = rs.getInt("row_count");
        Integer rowCount = rs.wasNull() ? null : rows;
        long ms = rs.getLong("elapsed_ms");
        Long elapsed = rs.wasNull() ? null : ms;
        return new ReportInfo(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                ReportFormat.valueOf(rs.getString("format")), rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(), scope.toString(), rs.getString("scope_label"),
                ReportStatus.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getString("error"),
                rs.getBoolean("scheduled"), requestedBy, rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("file_name"), fileSize, rowCount, elapsed);
    }
}
