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
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ReviewAssembler reviews;

    NoticeService(NoticeRepository repository, SchedulerClient scheduler, NoticeExtractionJob job,
                  NoticeIssuer issuer, TaskService tasks, ReviewAssembler reviews,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.scheduler = scheduler;
        this.job = job;
        this.issuer = issuer;
        this.tasks = tasks;
        this.reviews = reviews;
    }

    /**
     * Issues a reviewed notice: creates its tasks and one assignment per agency (groups expanded) in one
     * transaction; the notice is then read-only. Refused unless the notice is awaiting review.
     */
    @Transactional
    public List<Long> issue(long id) {
        return issue(id, null);
    }

    /**
     * {@link #issue(long)} of the notice as the secretariat last saw it: with {@code version} given, refused
     * (409) when somebody saved it meanwhile, so nobody issues tasks they have not seen.
     */
    @Transactional
    public List<Long> issue(long id, Integer version) {
        NoticeSummary n = repository.find(id)
                .orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        if (n.status() != NoticeStatus.REVIEW) {
            throw DomainException.conflict("not_in_review", "Chỉ ban hành được thông báo đang chờ rà soát; thông báo này đang ở trạng thái \""
                    + n.status().label() + "\".");
        }
        if (version != null && version != n.version()) {
            throw DomainException.conflict("stale", "Thông báo vừa được người khác sửa; hãy tải lại trang, xem lại"
                    + " các nhiệm vụ rồi mới ban hành.");
        }
        List<Long> ids = tasks.issue(id, issuer.tasks(repository.extractionJson(id).orElseThrow()));
        if (!repository.markIssued(id, version)) {
            throw DomainException.conflict("stale", "Thông báo vừa được người khác ban hành hoặc sửa.");
        }
        audit(id, "ISSUE_NOTICE", "Ban hành thông báo " + label(n) + ": " + ids.size() + " nhiệm vụ",
                java.util.Map.of("status", n.status().name()), java.util.Map.of("status", "ISSUED", "tasks", ids.size()));
        return ids;
    }

    /**
     * Stores the original file and queues its extraction (a background job that survives restarts). A file
     * already uploaded is accepted again but marked as a duplicate of the first one, so nothing is issued
     * twice unnoticed.
     */
    @Transactional
    public NoticeSummary upload(String fileName, byte[] content, String mediaType) {
        String name = fileName(fileName);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("empty_file", "Tệp \"" + name + "\" rỗng.");
        }
        checkSize(fileName, content.length);
        String sha = Hashes.sha256(content);
        Long duplicateOf = repository.findBySha256(sha).orElse(null);
        Long uploader = CurrentUser.get().map(CurrentUser::id).orElse(null);
        long id = repository.insert(name, mediaType, content, sha, duplicateOf, uploader);
        audit(id, "UPLOAD", "Tải lên thông báo \"" + name + "\"" + (duplicateOf == null ? "" : " (trùng tệp đã tải lên)"),
                null, java.util.Map.of("file_name", name, "size", content.length, "sha256", sha));
        Transactions.afterCommit(() -> scheduler.scheduleIfNotExists(job.task().instance(String.valueOf(id), id),
                java.time.Instant.now()));
        return repository.find(id).orElseThrow();
    }

    /**
     * Refuses (413, naming the file) a notice file over {@link #MAX_BYTES}; called with the upload's size before
     * its content is read into memory.
     */
    public static void checkSize(String fileName, long size) {
        if (size > MAX_BYTES) {
            throw DomainException.tooLarge("too_large", "Tệp \"" + fileName(fileName) + "\" ("
                    + megabytes(size) + " MB) vượt quá " + MAX_BYTES / (1024 * 1024)
                    + " MB, dung lượng tối đa của một thông báo; tệp này chưa được tải lên.");
        }
    }

    /**
     * The file name as stored: without a path or control characters, stripped, at most 300 characters (the end
     * kept), never blank. A NUL in it is refused (400), as the server's multipart parser refuses it.
     */
    static String fileName(String fileName) {
        if (fileName != null && fileName.indexOf(0) >= 0) {
            throw DomainException.invalid("invalid_file_name", "Tên tệp gửi lên có ký tự không hợp lệ (ký tự NUL);"
                    + " hãy đổi tên tệp rồi gửi lại.");
        }
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "thong-bao";
        }
        return name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f", bytes / (1024.0 * 1024));
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
        String before = repository.extractionJson(id).orElse(null);
        if (!repository.replaceTasks(id, version, tasksJson, count)) {
            throw DomainException.conflict("stale", "Thông báo vừa được người khác sửa. Hãy tải lại; nội dung bạn"
                    + " sửa chưa được lưu.");
        }
        audit(id, "REVIEW", "Rà soát nhiệm vụ của thông báo " + label(n) + " (" + count + " nhiệm vụ)",
                java.util.Map.of("extraction", String.valueOf(before)), java.util.Map.of("tasks", tasksJson));
    }

    /**
     * Saves the secretariat's review — header fields and tasks (samples schema, validated as in
     * {@link #replaceTasks}) — in one step, only while the notice awaits review and only if nobody saved it
     * since {@code version} (409 otherwise, nothing changed). Returns the new version.
     *
     * @throws InvalidTasksException with what is wrong with each task
     */
    @Transactional
    public int saveReview(long id, int version, ReviewedHeader header, String tasksJson) {
        NoticeSummary n = repository.find(id)
                .orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        if (n.status() != NoticeStatus.REVIEW) {
            throw DomainException.conflict("not_in_review", "Thông báo đã ở trạng thái \"" + n.status().label()
                    + "\"; chỉ sửa được thông báo đang chờ rà soát.");
        }
        checkHeader(header);
        int count = issuer.validate(tasksJson);
        String before = repository.extractionJson(id).orElse(null);
        int saved = repository.saveReview(id, version, header, tasksJson, count)
                .orElseThrow(() -> DomainException.conflict("stale", "Thông báo vừa được người khác sửa. Nội dung bạn"
                        + " nhập vẫn còn trên trang nhưng chưa được lưu; hãy mở bản mới nhất, đối chiếu rồi nhập lại."));
        if (header.number() != null && !header.number().equalsIgnoreCase(n.number() == null ? "" : n.number())) {
            repository.findOtherByNumber(header.number(), id).ifPresent(other -> repository.markDuplicateNumber(id, other));
        }
        audit(id, "REVIEW", "Rà soát thông báo " + label(n) + " (" + count + " nhiệm vụ)",
                java.util.Map.of("extraction", String.valueOf(before)),
                java.util.Map.of("extraction", repository.extractionJson(id).orElse("")));
        return saved;
    }

    private void audit(long id, String action, String summary, java.util.Map<String, Object> before,
                       java.util.Map<String, Object> after) {
        events.publishEvent(new vn.dondoc.app.shared.Audited("notice", id, null, null, id, action, summary, before, after,
                CurrentUser.get().map(CurrentUser::id).orElse(null)));
    }

    private static String label(NoticeSummary n) {
        return n.number() != null ? n.number() : "\"" + n.fileName() + "\"";
    }

    private static void checkHeader(ReviewedHeader h) {
        List<String> problems = new java.util.ArrayList<>();
        if (h.number() != null && h.number().length() > 100) {
            problems.add("số, ký hiệu dài quá 100 ký tự");
        }
        if (h.issuer() != null && h.issuer().length() > 300) {
            problems.add("cơ quan ban hành dài quá 300 ký tự");
        }
        if (h.chair() != null && h.chair().length() > 200) {
            problems.add("người chủ trì dài quá 200 ký tự");
        }
        if (h.title() != null && h.title().length() > 2000) {
            problems.add("trích yếu dài quá 2.000 ký tự");
        }
        for (var d : java.util.Arrays.asList(h.issuedDate(), h.meetingDate())) {
            if (d != null && (d.getYear() < 1945 || d.getYear() > 2100)) {
                problems.add("ngày " + d + " nằm ngoài khoảng hợp lệ");
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("invalid_header", "Thông tin chung: " + String.join("; ", problems) + ".");
        }
    }

    /** The notice as the review page shows it: header, text, tasks with their agencies resolved. */
    @Transactional(readOnly = true)
    public Optional<NoticeReview> review(long id) {
        return repository.find(id).map(n -> reviews.assemble(n, repository.header(id).orElseThrow(),
                repository.text(id).orElse(null), repository.extractionJson(id).orElse(null)));
    }

    /** A notice's original file: its name, stored media type and content. */
    public record OriginalFile(String fileName, String mediaType, byte[] content) {
    }

    /**
     * The original file of a notice, for those who see notices (admin, secretariat, leaders, inspectors; agency
     * roles: 403).
     */
    @Transactional(readOnly = true)
    public OriginalFile originalFile(long id) {
        if (!CurrentUser.require().role().seesEverything()) {
            throw DomainException.forbidden("Bạn không có quyền xem thông báo kết luận.");
        }
        return repository.file(id)
                .orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
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
