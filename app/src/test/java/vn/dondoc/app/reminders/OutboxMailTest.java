package vn.dondoc.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.TaskService;

/**
 * The outbox against a real SMTP server in the JVM (GreenMail): Vietnamese mail arrives; an SMTP failure is
 * recorded and retried after the backoff; concurrent senders and two db-scheduler instances send each mail once.
 */
@DondocTest
class OutboxMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired ReminderService reminders;
    @Autowired OutboxService outbox;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectProvider<JavaMailSender> configured;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    JavaMailSender smtp(int port) {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("127.0.0.1");
        s.setPort(port);
        s.setDefaultEncoding("UTF-8");
        s.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        s.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return s;
    }

    OutboxSender sender(Clock c) {
        return new OutboxSender(jdbc, tx, configured, c, "dondoc@localhost");
    }

    private String status(String where, Object param) {
        return jdbc.sql("select status || '/' || attempts from outbox where " + where + " order by id desc limit 1")
                .param(param).query(String.class).single();
    }

    @Test
    void aDigestArrivesInVietnameseWithLinksToTheTask() throws Exception {
        ReminderFixture f = new ReminderFixture(tasks, agencies, jdbc);
        String marker = ReminderFixture.marker();
        LocalDate deadline = LocalDate.of(2040, 2, 2);
        long a = f.issue(marker, deadline);
        reminders.run(deadline);
        assertThat(status("body_text like ?", "%" + marker + "%")).isEqualTo("QUEUED/0");

        sender(clock).sendDue(smtp(greenMail.getSmtp().getPort()));

        MimeMessage m = Arrays.stream(greenMail.getReceivedMessages())
                .filter(x -> rawText(x).contains(marker)).findFirst().orElseThrow();
        // other tests' work of the same agency may be overdue by then and share the digest
        assertThat(m.getSubject()).matches("\\[dondoc\\] Nhắc việc ngày 02/02/2040: \\d+ nhiệm vụ cần chú ý");
        assertThat(m.getAllRecipients()[0].toString()).endsWith("@demo.dondoc.invalid");
        String text = rawText(m);
        assertThat(text).contains("Kính gửi", "Đến hạn hôm nay", marker, "Sở Nội vụ", "http://localhost:8080/tasks/" + f.taskOf(a),
                "<a href=\"http://localhost:8080/tasks/" + f.taskOf(a) + "\"");
        assertThat(status("body_text like ?", "%" + marker + "%")).isEqualTo("SENT/1");
    }

    /** Both parts of a multipart/alternative mail, decoded. */
    private static String rawText(MimeMessage m) {
        try {
            var mp = (jakarta.mail.internet.MimeMultipart) m.getContent();
            StringBuilder sb = new StringBuilder();
            collect(mp, sb);
            return sb.toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static void collect(jakarta.mail.Multipart mp, StringBuilder sb) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            Object c = mp.getBodyPart(i).getContent();
            if (c instanceof jakarta.mail.Multipart inner) {
                collect(inner, sb);
            } else {
                sb.append(c).append('\n');
            }
        }
    }

    @Test
    void anSmtpFailureIsRecordedAndRetriedAfterTheBackoff() {
        String to = "loi-" + UUID.randomUUID() + "@demo.dondoc.invalid";
        outbox.enqueue(null, to, "Thử gửi lỗi", "Nội dung", "<p>Nội dung</p>");
        // nothing listens on this port: connection refused
        sender(clock).sendDue(smtp(1));
        assertThat(status("to_address = ?", to)).isEqualTo("FAILED/1");
        OutboxMail failed = outbox.latest(OutboxMail.Status.FAILED, 1000).stream().filter(m -> m.to().equals(to)).findFirst().orElseThrow();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(Duration.between(clock.instant(), failed.nextAttemptAt())).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));

        // SMTP is back, but the retry is not due yet
        JavaMailSender ok = smtp(greenMail.getSmtp().getPort());
        sender(clock).sendDue(ok);
        assertThat(status("to_address = ?", to)).isEqualTo("FAILED/1");
        // two minutes later it is sent
        sender(Clock.offset(clock, Duration.ofMinutes(2))).sendDue(ok);
        assertThat(status("to_address = ?", to)).isEqualTo("SENT/2");
        assertThat(received(to)).isEqualTo(1);
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxSender.backoff(12)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void concurrentSendersSendEachMailOnce() throws Exception {
        List<String> addresses = enqueue("dua", 60);
        JavaMailSender smtp = smtp(greenMail.getSmtp().getPort());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> senders = List.of(() -> sender(clock).sendDue(smtp), () -> sender(clock).sendDue(smtp),
                    () -> sender(clock).sendDue(smtp));
            int total = 0;
            for (Future<Integer> r : pool.invokeAll(senders)) {
                total += r.get();
            }
            assertThat(total).isGreaterThanOrEqualTo(addresses.size());
        } finally {
            pool.shutdownNow();
        }
        for (String to : addresses) {
            assertThat(received(to)).as(to).isEqualTo(1);
            assertThat(status("to_address = ?", to)).isEqualTo("SENT/1");
        }
    }

    @Test
    void twoSchedulerInstancesOnOneDatabaseSendEachMailOnce() throws Exception {
        List<String> addresses = enqueue("node", 30);
        JavaMailSender smtp = smtp(greenMail.getSmtp().getPort());
        String name = "outbox-test-" + UUID.randomUUID();
        List<Scheduler> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                RecurringTask<Void> task = Tasks.recurring(name, Schedules.fixedDelay(Duration.ofMillis(100)))
                        .execute((inst, ctx) -> sender(clock).sendDue(smtp));
                Scheduler s = Scheduler.create(dataSource).startTasks(task).threads(2)
                        .pollingInterval(Duration.ofMillis(100)).schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("node-" + i))
                        .build();
                nodes.add(s);
                s.start();
            }
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until && addresses.stream().anyMatch(to -> !status("to_address = ?", to).startsWith("SENT"))) {
                Thread.sleep(100);
            }
        } finally {
            nodes.forEach(Scheduler::stop);
            jdbc.sql("delete from scheduled_tasks where task_name = ?").param(name).update();
        }
        for (String to : addresses) {
            assertThat(status("to_address = ?", to)).isEqualTo("SENT/1");
            assertThat(received(to)).as(to).isEqualTo(1);
        }
    }

    private List<String> enqueue(String prefix, int n) {
        List<String> out = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < n; i++) {
            String to = prefix + "-" + run + "-" + i + "@demo.dondoc.invalid";
            outbox.enqueue(null, to, "Thư thử " + i, "Nội dung " + i, "<p>Nội dung " + i + "</p>");
            out.add(to);
        }
        return out;
    }

    private static long received(String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }
}
