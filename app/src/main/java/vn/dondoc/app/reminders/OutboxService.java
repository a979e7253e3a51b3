package vn.dondoc.app.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mail outbox: every mail dondoc sends is a row here first (admins read it). */
@Service
public class OutboxService {

    static final String COLUMNS = "id, user_id, to_address, subject, status, attempts, last_error, next_attempt_at,"
            + " created_at, sent_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void enqueue(Long userId, String to, String subject, String text, String html) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into outbox (user_id, to_address, subject, body_text, body_html, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(userId, to, DigestTexts.shorten(subject, 300), text, html, now, now).update();
    }

    /** The latest mails, newest first, optionally of one status. */
    @Transactional(readOnly = true)
    public List<OutboxMail> latest(OutboxMail.Status status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox where (cast(:status as varchar) is null or status = :status)"
                        + " order by id desc limit :limit")
                .params(Map.of("limit", Math.max(1, Math.min(limit, 1000))))
                .param("status", status == null ? null : status.name())
                .query((rs, i) -> map(rs)).list();
    }

    /** Mails per status. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        for (OutboxMail.Status s : OutboxMail.Status.values()) {
            m.put(s.name(), 0L);
        }
        jdbc.sql("select status, count(*) from outbox group by status")
                .query(rs -> { m.put(rs.getString(1), rs.getLong(2)); });
        return m;
    }

    /** The text body of one mail (admin view). */
    @Transactional(readOnly = true)
    public String text(long id) {
        return jdbc.sql("select body_text from outbox where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> vn.dondoc.app.shared.DomainException.notFound("mail_not_found", "Không tìm thấy thư."));
    }

    static OutboxMail map(ResultSet rs) throws SQLException {
        return new OutboxMail(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                OutboxMail.Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
