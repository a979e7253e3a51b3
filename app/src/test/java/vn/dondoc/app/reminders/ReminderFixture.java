package vn.dondoc.app.reminders;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.TaskService;

/** Issues test tasks led by Sở Nội vụ (demo users snv.lanhdao, snv.chuyenvien) and reads what reminders produced. */
final class ReminderFixture {

    static final String AGENCY = "Sở Nội vụ";

    final TaskService tasks;
    final AgencyService agencies;
    final JdbcClient jdbc;

    ReminderFixture(TaskService tasks, AgencyService agencies, JdbcClient jdbc) {
        this.tasks = tasks;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    /** A unique text to find a task in digests. */
    static String marker() {
        return "Nhắc việc thử " + UUID.randomUUID().toString().substring(0, 8);
    }

    long agency() {
        return agencies.all().stream().filter(a -> a.name().equals(AGENCY)).findFirst().orElseThrow().id();
    }

    /** Issues a task with the given content and deadline; returns its (only) assignment id. */
    long issue(String content, LocalDate deadline) {
        long task = tasks.issue(null, List.of(new NewTask("R.1", content, deadline,
                deadline == null ? null : "trước ngày " + deadline, null, false, null, List.of(agency()), List.of()))).get(0);
        return jdbc.sql("select id from assignment where task_id = ?").param(task).query(Long.class).single();
    }

    long taskOf(long assignment) {
        return jdbc.sql("select task_id from assignment where id = ?").param(assignment).query(Long.class).single();
    }

    void setAssignedAt(long assignment, LocalDate day) {
        jdbc.sql("update assignment set assigned_at = ? where id = ?")
                .params(Timestamp.valueOf(day.atTime(9, 0)), assignment).update();
    }

    /** Rule keys recorded for the assignment. */
    List<String> keys(long assignment) {
        return jdbc.sql("select event_key from reminder_sent where assignment_id = ? order by id").param(assignment)
                .query(String.class).list();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** Notifications of the user (all, or mentioning {@code text}). */
    int notifications(String username, String text) {
        return jdbc.sql("select count(*) from notification where user_id = ? and (cast(? as text) is null or body like ?)")
                .params(userId(username), text, "%" + text + "%").query(Integer.class).single();
    }

    /** Mails to the user in the outbox (all, or mentioning {@code text}). */
    int mails(String username, String text) {
        return jdbc.sql("select count(*) from outbox where user_id = ? and (cast(? as text) is null or body_text like ?)")
                .params(userId(username), text, "%" + text + "%").query(Integer.class).single();
    }
}
