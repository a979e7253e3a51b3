package vn.dondoc.app.notices;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices and their files in tables {@code notice} and {@code notice_file}. */
@Repository
class NoticeRepository {

    private static final String SELECT = """
            select id, status, file_name, file_size, progress_done, progress_total, error, ocr, number,
                   issued_date, meeting_date, chair, title, task_count, duplicate_of, uploaded_at, version
              from notice""";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, String mediaType, byte[] content, String sha256, Long duplicateOf, Long uploadedBy) {
        long id = jdbc.sql("""
                insert into notice (status, file_name, media_type, file_size, file_sha256, duplicate_of, uploaded_by)
                values ('PROCESSING', ?, ?, ?, ?, ?, ?) returning id""")
                .params(fileName, mediaType, content.length, sha256, duplicateOf, uploadedBy).query(Long.class).single();
        jdbc.sql("insert into notice_file (notice_id, content) values (?, ?)").params(id, content).update();
        return id;
    }

    Optional<Long> findBySha256(String sha256) {
        return jdbc.sql("select min(id) from notice where file_sha256 = ?").param(sha256).query(Long.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    Optional<Long> findOtherByNumber(String number, long except) {
        return jdbc.sql("select min(id) from notice where lower(number) = lower(?) and id <> ?")
                .params(number, except).query(Long.class).optional().filter(java.util.Objects::nonNull);
    }

    Optional<NoticeSummary> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    List<NoticeSummary> list(int limit) {
        return jdbc.sql(SELECT + " order by uploaded_at desc, id desc limit ?").param(limit).query(this::map).list();
    }

    /** The original file as uploaded: name, media type (as detected once extracted) and content. */
    Optional<NoticeService.OriginalFile> file(long id) {
        return jdbc.sql("""
                select n.file_name, n.media_type, f.content from notice n join notice_file f on f.notice_id = n.id
                 where n.id = ?""").param(id)
                .query((rs, row) -> new NoticeService.OriginalFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content"))).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from notice_file where notice_id = ?").param(id).query(byte[].class).optional();
    }

    Optional<String> extractionJson(long id) {
        return jdbc.sql("select extraction::text from notice where id = ?").param(id).query(String.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    void progress(long id, int done, int total) {
        jdbc.sql("update notice set progress_done = ?, progress_total = ? where id = ? and status = 'PROCESSING'")
                .params(done, total, id).update();
    }

    void extracted(long id, String text, boolean ocr, String mediaType, String number, String issuer,
                   LocalDate issuedDate, LocalDate meetingDate, String chair, String title, int taskCount,
                   String json, Long duplicateOf, Instant at) {
        jdbc.sql("""
                update notice set status = 'REVIEW', ocr = ?, media_type = coalesce(?, media_type), number = ?,
                       issuer = ?, issued_date = ?, meeting_date = ?, chair = ?, title = ?, task_count = ?,
                       extraction = cast(? as jsonb), duplicate_of = coalesce(duplicate_of, ?), extracted_at = ?,
                       progress_done = greatest(progress_done, progress_total, 1),
                       progress_total = greatest(progress_total, 1), error = null, version = version + 1
                 where id = ? and status = 'PROCESSING'""")
                .params(ocr, mediaType, number, issuer, date(issuedDate), date(meetingDate), chair, title, taskCount,
                        json, duplicateOf, Timestamp.from(at), id).update();
        jdbc.sql("update notice_file set text = ? where notice_id = ?").params(text, id).update();
    }

    /** Replaces the reviewed tasks while the notice awaits review and is still at {@code version}. */
    boolean replaceTasks(long id, Integer version, String tasksJson, int count) {
        return jdbc.sql("""
                update notice set extraction = jsonb_set(extraction, '{tasks}', cast(? as jsonb)), task_count = ?,
                       version = version + 1
                 where id = ? and status = 'REVIEW' and (cast(? as integer) is null or version = ?)""")
                .params(tasksJson, count, id, version, version).update() == 1;
    }

    /** The header fields of a notice as stored in its columns. */
    Optional<ReviewedHeader> header(long id) {
        return jdbc.sql("select number, issuer, issued_date, meeting_date, chair, title from notice where id = ?")
                .param(id).query((rs, row) -> {
                    Date issued = rs.getDate("issued_date");
                    Date meeting = rs.getDate("meeting_date");
                    return new ReviewedHeader(rs.getString("number"), rs.getString("issuer"),
                            issued == null ? null : issued.toLocalDate(), meeting == null ? null : meeting.toLocalDate(),
                            rs.getString("chair"), rs.getString("title"));
                }).optional();
    }

    /** The plain text read from the notice's file, once extracted. */
    Optional<String> text(long id) {
        return jdbc.sql("select text from notice_file where notice_id = ?").param(id).query(String.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    /**
     * Saves the reviewed header (columns and the extraction's copy) and tasks while the notice awaits review
     * and is still at {@code version}; returns the new version, empty when stale.
     */
    Optional<Integer> saveReview(long id, int version, ReviewedHeader h, String tasksJson, int count) {
        return jdbc.sql("""
                update notice set number = ?, issuer = ?, issued_date = ?, meeting_date = ?, chair = ?, title = ?,
                       extraction = jsonb_set(coalesce(extraction, '{}'::jsonb) || jsonb_build_object(
                               'number', cast(? as text), 'issuer', cast(? as text), 'issued_date', cast(? as text),
                               'meeting_date', cast(? as text), 'chair', cast(? as text), 'title', cast(? as text)),
                           '{tasks}', cast(? as jsonb)),
                       task_count = ?, version = version + 1
                 where id = ? and status = 'REVIEW' and version = ?
                returning version""")
                .params(h.number(), h.issuer(), date(h.issuedDate()), date(h.meetingDate()), h.chair(), h.title(),
                        h.number(), h.issuer(), iso(h.issuedDate()), iso(h.meetingDate()), h.chair(), h.title(),
                        tasksJson, count, id, version)
                .query(Integer.class).optional();
    }

    /** Flags a notice whose corrected number another notice already has. */
    void markDuplicateNumber(long id, long of) {
        jdbc.sql("update notice set duplicate_of = ? where id = ? and duplicate_of is null").params(of, id).update();
    }

    /** Marks a notice issued while it awaits review (and, with {@code version} given, is still at it). */
    boolean markIssued(long id, Integer version) {
        return jdbc.sql("""
                update notice set status = 'ISSUED', version = version + 1
                 where id = ? and status = 'REVIEW' and (cast(? as integer) is null or version = ?)""")
                .params(id, version, version).update() == 1;
    }

    void failed(long id, String error, Instant at) {
        jdbc.sql("""
                update notice set status = 'FAILED', error = ?, extracted_at = ?, version = version + 1
                 where id = ? and status = 'PROCESSING'""").params(error, Timestamp.from(at), id).update();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private NoticeSummary map(ResultSet rs, int row) throws SQLException {
        Date issued = rs.getDate("issued_date");
        Date meeting = rs.getDate("meeting_date");
        int tasks = rs.getInt("task_count");
        Integer taskCount = rs.wasNull() ? null : tasks;
        long dup = rs.getLong("duplicate_of");
        Long duplicateOf = rs.wasNull() ? null : dup;
        return new NoticeSummary(rs.getLong("id"), NoticeStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"), rs.getLong("file_size"), rs.getInt("progress_done"),
                rs.getInt("progress_total"), rs.getString("error"), rs.getBoolean("ocr"), rs.getString("number"),
                issued == null ? null : issued.toLocalDate(), meeting == null ? null : meeting.toLocalDate(),
                rs.getString("chair"), rs.getString("title"), taskCount, duplicateOf,
                rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("version"));
    }
}
