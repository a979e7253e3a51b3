package vn.dondoc.app.notices;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.Hashes;
import vn.dondoc.app.shared.Transactions;
import vn.dondoc.app.tasks.TaskService;

/** Uploading notices and following their extraction. */
@Service
public class NoticeService {

    /** Largest notice file accepted. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final NoticeRepository repository;
    private final SchedulerClient scheduler;
    private final NoticeExtractionJob job;
    private final NoticeIssuer issuer;
    private final TaskService tasks;

    NoticeService(NoticeRepository repository, SchedulerClient scheduler, NoticeExtractionJob job,
                  NoticeIssuer issuer, TaskService tasks) {
        this.repository = repository;
        this.scheduler = scheduler;
        this.job = job;
        this.issuer = issuer;
        this.tasks = tasks;
    }

    /**
     * Issues a reviewed notice: creates its tasks and one assignment per agency (groups expanded) in one
     * transaction; the notice is then read-only. Refused unless the notice is awaiting review.
     */
    @Transactional
    public List<Long> issue(long id) {
        NoticeSummary n = repository.find(id)
                .orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        if (n.status() != NoticeStatus.REVIEW) {
            throw DomainException.conflict("not_in_review", "Chỉ ban hành được thông báo đang chờ rà soát; thông báo này đang ở trạng thái \""
                    + n.status().label() + "\".");
        }
        List<Long> ids = tasks.issue(id, issuer.tasks(repository.extractionJson(id).orElseThrow()));
        if (!repository.markIssued(id)) {
            throw DomainException.conflict("stale", "Thông báo vừa được người khác ban hành.");
        }
        return ids;
    }

    /**
     * Stores the original file and queues its extraction (a background job that survives restarts). A file
     * already uploaded is accepted again but marked as a duplicate of the first one, so nothing is issued
     * twice unnoticed.
     */
    @Transactional
    public NoticeSummary upload(String fileName, byte[] content, String mediaType) {
        String name = fileName == null || fileName.isBlank() ? "thong-bao" : fileName.strip();
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalid("empty_file", "Tệp \"" + name + "\" rỗng.");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("too_large", "Tệp \"" + name + "\" vượt quá 50 MB.");
        }
        String sha = Hashes.sha256(content);
        Long duplicateOf = repository.findBySha256(sha).orElse(null);
        Long uploader = CurrentUser.get().map(CurrentUser::id).orElse(null);
        long id = repository.insert(name, mediaType, content, sha, duplicateOf, uploader);
        Transactions.afterCommit(() -> scheduler.scheduleIfNotExists(job.task().instance(String.valueOf(id), id),
                java.time.Instant.now()));
        return repository.find(id).orElseThrow();
    }

    /**
     * Stores a notice and extracts it at once in the caller's thread (demo data, bulk loading); no background
     * job. Returns the notice as it is after extraction.
     */
    @Transactional
    public NoticeSummary importNow(String fileName, byte[] content) {
        String sha = Hashes.sha256(content);
        Long uploader = CurrentUser.get().map(CurrentUser::id).orElse(null);
        long id = repository.insert(fileName, "text/plain", content, sha, repository.findBySha256(sha).orElse(null),
                uploader);
        job.run(id);
        return repository.find(id).orElseThrow();
    }

    /**
     * Replaces the extracted tasks by the reviewed ones (samples schema: ref, lead, support, content, deadline,
     * deadline_text, recurrence, standing, product). Only while the notice awaits review; with
     * {@code version} given, only if nobody saved meanwhile.
     */
    @Transactional
    public void replaceTasks(long id, Integer version, String tasksJson) {
        NoticeSummary n = repository.find(id)
                .orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        if (n.status() != NoticeStatus.REVIEW) {
            throw DomainException.conflict("not_in_review", "Chỉ sửa được nhiệm vụ của thông báo đang chờ rà soát.");
        }
        int count = issuer.validate(tasksJson);
        if (!repository.replaceTasks(id, version, tasksJson, count)) {
            throw DomainException.conflict("stale", "Thông báo vừa được người khác sửa. Hãy tải lại; nội dung bạn"
                    + " sửa chưa được lưu.");
        }
    }

    @Transactional(readOnly = true)
    public Optional<NoticeSummary> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<NoticeSummary> recent(int limit) {
        return repository.list(Math.max(1, Math.min(limit, 500)));
    }

    /** The extraction result in the samples JSON schema (header + tasks), once extracted. */
    @Transactional(readOnly = true)
    public Optional<String> extractionJson(long id) {
        return repository.extractionJson(id);
    }

}
