package vn.dondoc.app.reminders.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.reminders.OutboxMail;
import vn.dondoc.app.reminders.OutboxService;
import vn.dondoc.app.reminders.ReminderPolicy;
import vn.dondoc.app.reminders.ReminderPolicyService;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.RunnableJob;

/** Reminder policy, mail outbox and jobs (role ADMIN only, enforced by the security configuration). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Quản trị nhắc việc")
class AdminRemindersApi {

    private final ReminderPolicyService policy;
    private final OutboxService outbox;
    private final List<RunnableJob> jobs;

    AdminRemindersApi(ReminderPolicyService policy, OutboxService outbox, List<RunnableJob> jobs) {
        this.policy = policy;
        this.outbox = outbox;
        this.jobs = jobs;
    }

    @GetMapping("/reminder-policy")
    @Operation(summary = "Chính sách nhắc việc")
    ReminderPolicy policy() {
        return policy.current();
    }

    @PutMapping("/reminder-policy")
    @Operation(summary = "Sửa chính sách nhắc việc (gửi kèm version đã đọc; 409 nếu người khác vừa sửa)")
    ReminderPolicy update(@RequestBody ReminderPolicy body) {
        return policy.update(body);
    }

    /** The outbox: counts per status and the latest mails. */
    record OutboxPage(Map<String, Long> counts, List<OutboxMail> items) {
    }

    @GetMapping("/outbox")
    @Operation(summary = "Hộp thư đi (mới nhất trước); status = QUEUED, SENT hoặc FAILED")
    OutboxPage outbox(@RequestParam(required = false) OutboxMail.Status status,
                      @RequestParam(defaultValue = "200") int limit) {
        return new OutboxPage(outbox.counts(), outbox.latest(status, limit));
    }

    /** A job and what it did. */
    record JobRun(String job, String summary) {
    }

    @GetMapping("/jobs")
    @Operation(summary = "Các tác vụ chạy được theo yêu cầu")
    List<String> jobs() {
        return jobs.stream().map(RunnableJob::name).sorted().toList();
    }

    @PostMapping("/jobs/{name}/run")
    @Operation(summary = "Chạy một tác vụ ngay (ví dụ reminders)")
    JobRun run(@PathVariable String name) {
        RunnableJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.notFound("job_not_found", "Không có tác vụ \"" + name + "\"."));
        return new JobRun(name, job.runNow());
    }
}
