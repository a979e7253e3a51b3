package vn.dondoc.app.reminders;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mails over SMTP. Each batch is claimed with {@code select … for update skip locked}, so any
 * number of senders (threads, nodes) send each mail once; a failure records the error and the attempt and retries
 * with exponential backoff (1 min, 2, 4 … at most 6 h) up to {@value #MAX_ATTEMPTS} attempts. Without
 * {@code spring.mail.host} there is no {@link JavaMailSender}: mails stay queued.
 */
@Component
class OutboxSender implements vn.dondoc.app.shared.RunnableJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 8;
    static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> configured;
    private final Clock clock;
    private final String from;

    OutboxSender(JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> configured, Clock clock,
                 @Value("${dondoc.mail.from:dondoc@localhost}") String from) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.configured = configured;
        this.clock = clock;
        this.from = from;
    }

    @Override
    public String name() {
        return "mail-outbox";
    }

    @Override
    public String runNow() {
        if (configured.getIfAvailable() == null) {
            return "Chưa cấu hình máy chủ SMTP (spring.mail.host): thư được giữ trong hộp thư đi.";
        }
        return "Đã gửi " + sendDue() + " thư.";
    }

    /** Sends what is due with the configured SMTP server; 0 when none is configured. */
    int sendDue() {
        JavaMailSender sender = configured.getIfAvailable();
        return sender == null ? 0 : sendDue(sender);
    }

    /** Sends every due mail with {@code sender}, batch by batch; returns how many were sent. */
    int sendDue(JavaMailSender sender) {
        int sent = 0;
        while (true) {
            int[] batch = tx.execute(s -> sendBatch(sender));
            sent += batch[0];
            if (batch[1] < BATCH) {
                return sent;
            }
        }
    }

    private record Due(long id, String to, String subject, String text, String html, int attempts) {
    }

    /** Returns {sent, claimed}. */
    private int[] sendBatch(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                select id, to_address, subject, body_text, body_html, attempts from outbox
                 where status in ('QUEUED', 'FAILED') and next_attempt_at <= ?
                 order by next_attempt_at, id limit ? for update skip locked""")
                .params(Timestamp.from(now), BATCH)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)))
                .list();
        int sent = 0;
        for (Due d : due) {
            try {
                MimeMessage m = sender.createMimeMessage();
                MimeMessageHelper h = new MimeMessageHelper(m, true, StandardCharsets.UTF_8.name());
                h.setFrom(from);
                h.setTo(d.to());
                h.setSubject(d.subject());
                h.setText(d.text(), d.html());
                sender.send(m);
                jdbc.sql("update outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, next_attempt_at = null,"
                        + " last_error = null where id = ?").params(Timestamp.from(clock.instant()), d.id()).update();
                sent++;
            } catch (Exception e) {
                int attempts = d.attempts() + 1;
                Instant next = attempts >= MAX_ATTEMPTS ? null : clock.instant().plus(backoff(attempts));
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Gửi thư {} đến {} thất bại (lần {}): {}", d.id(), d.to(), attempts, error);
                jdbc.sql("update outbox set status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                        .params(attempts, DigestTexts.shorten(error, 2000), next == null ? null : Timestamp.from(next), d.id())
                        .update();
            }
        }
        return new int[] {sent, due.size()};
    }

    /** Delay before attempt {@code attempts + 1}: 1 min doubled per failed attempt, at most 6 hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(attempts - 1, 20);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }
}
