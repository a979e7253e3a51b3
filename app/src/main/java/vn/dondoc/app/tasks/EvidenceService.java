package vn.dondoc.app.tasks;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.Audited;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.Hashes;

/**
 * Evidence files of progress and completion reports: PDF, Word, Excel and images, the type checked from the
 * content (not the name), at most {@value #MAX_MB} MB each, stored in the database. Only the agency's own users add
 * them; whoever sees the assignment downloads them.
 */
@Service
public class EvidenceService {

    static final int MAX_MB = 20;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024;

    /** Content types accepted, as Tika detects them, with the name users know them by. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
            Map.entry("application/msword", "Word (DOC)"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
            Map.entry("application/vnd.ms-excel", "Excel (XLS)"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/tiff", "TIFF"));
    private static final Set<AssignmentStatus> OPEN_FOR_EVIDENCE = Set.of(AssignmentStatus.ASSIGNED,
            AssignmentStatus.IN_PROGRESS);

    private final JdbcClient jdbc;
    private final AssignmentAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Tika tika = new Tika();

    EvidenceService(JdbcClient jdbc, AssignmentAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A file to download. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    /** Refuses (413, naming the file) an evidence file over {@value #MAX_MB} MB, before it is read into memory. */
    public static void checkSize(String fileName, long size) {
        if (size > MAX_BYTES) {
            throw DomainException.tooLarge("evidence_too_large", "Tệp \"" + cleanName(fileName) + "\" vượt quá "
                    + MAX_MB + " MB.");
        }
    }

    /** Stores an evidence file for the assignment; returns it (not yet part of a report). */
    @Transactional
    public EvidenceFile attach(long assignmentId, String fileName, byte[] content) {
        CurrentUser me = CurrentUser.require();
        AssignmentRepository.State a = access.visible(assignmentId, me);
        if (!AssignmentPermissions.attachesEvidence(me.role())) {
            throw DomainException.forbidden("Chỉ cán bộ của cơ quan được giao mới đính kèm được minh chứng.");
        }
        if (!OPEN_FOR_EVIDENCE.contains(a.status())) {
            throw DomainException.conflict("evidence_closed", "Không thể đính kèm minh chứng khi nhiệm vụ đang ở trạng thái \""
                    + a.status().label() + "\".");
        }
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("evidence_empty", "Tệp \"" + name + "\" rỗng.");
        }
        checkSize(name, content.length);
        String type = detect(content, name);
        if (!ACCEPTED.containsKey(type)) {
            throw DomainException.invalid("evidence_type", "Tệp \"" + name + "\" không phải PDF, Word, Excel hay ảnh"
                    + " (nội dung tệp được kiểm tra, không dựa vào đuôi tên tệp).");
        }
        long id = jdbc.sql("""
                insert into evidence_file (assignment_id, file_name, media_type, file_size, sha256, content, uploaded_by,
                                           uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(assignmentId, name, type, content.length, Hashes.sha256(content), content, me.id(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new Audited("evidence", id, a.taskId(), a.agencyId(), null, "ATTACH_EVIDENCE",
                a.agencyName() + ": đính kèm minh chứng \"" + name + "\" (" + ACCEPTED.get(type) + ")", null,
                Map.of("file_name", name, "size", content.length), me.id()));
        return find(id).orElseThrow();
    }

    /** An evidence file's content, for whoever sees its assignment (others: not found). */
    @Transactional(readOnly = true)
    public Download download(long evidenceId) {
        CurrentUser me = CurrentUser.require();
        EvidenceFile f = find(evidenceId).orElseThrow(EvidenceService::notFound);
        try {
            access.visible(f.assignmentId(), me);
        } catch (DomainException e) {
            throw notFound();
        }
        byte[] content = jdbc.sql("select content from evidence_file where id = ?").param(evidenceId)
                .query(byte[].class).single();
        return new Download(f.fileName(), f.mediaType(), content);
    }

    /** The assignment's evidence files, oldest first. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> ofAssignment(long assignmentId) {
        access.visible(assignmentId, CurrentUser.require());
        return jdbc.sql(SELECT + " where e.assignment_id = ? order by e.uploaded_at, e.id").param(assignmentId)
                .query(EvidenceService::map).list();
    }

    private java.util.Optional<EvidenceFile> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(EvidenceService::map).optional();
    }

    private static final String SELECT = """
            select e.id, e.assignment_id, e.event_id, e.file_name, e.media_type, e.file_size, u.full_name, e.uploaded_at
              from evidence_file e left join app_user u on u.id = e.uploaded_by""";

    private static EvidenceFile map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long event = rs.getLong(3);
        Long eventId = rs.wasNull() ? null : event;
        return new EvidenceFile(rs.getLong(1), rs.getLong(2), eventId, rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    private String detect(byte[] content, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return tika.detect(in, metadata);
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** The name without any path, control characters or more than 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static DomainException notFound() {
        return DomainException.notFound("evidence_not_found", "Không tìm thấy tệp minh chứng.");
    }
}
