package vn.dondoc.app.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.NewUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.accounts.RunAs;
import vn.dondoc.app.accounts.UserAccount;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.notices.NoticeService;
import vn.dondoc.app.notices.NoticeSummary;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.AssignmentAction;
import vn.dondoc.app.tasks.AssignmentRole;
import vn.dondoc.app.tasks.AssignmentService;
import vn.dondoc.app.tasks.AssignmentService.Input;
import vn.dondoc.app.tasks.AssignmentService.NewFile;
import vn.dondoc.app.tasks.AssignmentView;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.tasks.ExtensionService;
import vn.dondoc.app.tasks.TaskFilter;
import vn.dondoc.app.tasks.TaskService;

/**
 * Seeds the demo: imports the notices under {@code classpath:demo/notices}, issues all but the last (left for
 * review), then plays each assignment's story with the real services as the agency's users (or, for agencies
 * without a demo account, a disabled "Cán bộ đơn vị (dữ liệu mẫu)" account acting for that agency) and dates the
 * story back relative to today, so the demo always shows overdue, due-soon, on-time, done on time and done late
 * work, extensions, drafts awaiting the head, sent-back and declined assignments.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String SYSTEM_USER = "dulieumau";

    /** What happens to an assignment in the demo. */
    enum Story {
        ASSIGNED, ACKNOWLEDGED, IN_PROGRESS, DRAFT_PENDING, AWAITING, AWAITING_LATE, DONE_ON_TIME, DONE_LATE,
        SENT_BACK, EXTENDED_SOON, EXTENDED_LATER, EXTENSION_PENDING, DECLINED, SUSPENDED, CANCELLED, SILENT
    }

    static final List<Story> PAST = List.of(Story.DONE_ON_TIME, Story.DONE_LATE, Story.IN_PROGRESS, Story.AWAITING_LATE,
            Story.EXTENDED_SOON, Story.ASSIGNED, Story.DONE_ON_TIME, Story.EXTENSION_PENDING, Story.IN_PROGRESS,
            Story.EXTENDED_LATER, Story.DONE_LATE, Story.CANCELLED);
    static final List<Story> FUTURE = List.of(Story.IN_PROGRESS, Story.ASSIGNED, Story.AWAITING, Story.DRAFT_PENDING,
            Story.DONE_ON_TIME, Story.SENT_BACK, Story.ACKNOWLEDGED, Story.DECLINED, Story.IN_PROGRESS, Story.SUSPENDED,
            Story.ASSIGNED, Story.IN_PROGRESS);
    static final List<Story> OPEN_ENDED = List.of(Story.IN_PROGRESS, Story.SILENT, Story.ASSIGNED, Story.IN_PROGRESS);

    private final NoticeService notices;
    private final TaskService tasks;
    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final AccountService accounts;
    private final AgencyService agencies;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoData(NoticeService notices, TaskService tasks, AssignmentService assignments, ExtensionService extensions,
             AccountService accounts, AgencyService agencies, JdbcClient jdbc, Clock clock) {
        this.notices = notices;
        this.tasks = tasks;
        this.assignments = assignments;
        this.extensions = extensions;
        this.accounts = accounts;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the database has no notice yet (demo data is seeded only then). */
    public boolean empty() {
        return jdbc.sql("select count(*) from notice").query(Long.class).single() == 0;
    }

    /** Imports, issues and plays the demo notices; returns the ids of the notices imported. */
    public List<Long> seed() {
        CurrentUser secretariat = RunAs.of(accounts.findByUsername("thuongtruc")
                .orElseThrow(() -> new IllegalStateException("demo account thuongtruc missing")));
        CurrentUser system = RunAs.of(systemUser());
        Map<Long, CurrentUser> heads = new HashMap<>();
        Map<Long, CurrentUser> officers = new HashMap<>();
        for (UserAccount a : accounts.list()) {
            if (a.enabled() && a.agencyId() != null && a.role() == Role.AGENCY_HEAD) {
                heads.putIfAbsent(a.agencyId(), RunAs.of(a));
            } else if (a.enabled() && a.agencyId() != null && a.role() == Role.AGENCY_OFFICER) {
                officers.putIfAbsent(a.agencyId(), RunAs.of(a));
            }
        }
        List<Resource> files = noticeFiles();
        List<Long> ids = new ArrayList<>();
        int[] counters = new int[3];
        for (int i = 0; i < files.size(); i++) {
            Resource file = files.get(i);
            NoticeSummary n = RunAs.user(secretariat, () -> notices.importNow(file.getFilename(), read(file)));
            ids.add(n.id());
            if (i == files.size() - 1) {
                continue;
            }
            try {
                RunAs.user(secretariat, () -> notices.issue(n.id()));
            } catch (DomainException e) {
                log.warn("Dữ liệu mẫu: chưa ban hành được {}: {}", file.getFilename(), e.getMessage());
                continue;
            }
            LocalDate issued = n.issuedDate() != null ? n.issuedDate() : today().minusMonths(3);
            List<AssignmentView> all = RunAs.user(secretariat, () -> tasks.find(TaskFilter.all().withNotice(n.id())
                    .withPage(0, 500)).items());
            List<AssignmentView> sorted = all.stream().sorted(Comparator.comparingLong(AssignmentView::id)).toList();
            jdbc.sql("update assignment set assigned_at = ? where task_id in (select id from task where notice_id = ?)")
                    .params(at(issued, 9), n.id()).update();
            for (AssignmentView a : sorted) {
                boolean commune = a.agencyName().startsWith("UBND xã") || a.agencyName().startsWith("UBND phường")
                        || a.agencyName().startsWith("UBND đặc khu");
                if (commune && counters[2]++ % 6 != 0) {
                    continue; // most communes simply have the task assigned
                }
                List<Story> stories = a.deadline() == null ? OPEN_ENDED : a.deadline().isBefore(today()) ? PAST : FUTURE;
                int k = a.deadline() == null ? 2 : a.deadline().isBefore(today()) ? 0 : 1;
                Story story = stories.get(counters[k]++ % stories.size());
                if (a.role() == AssignmentRole.SUPPORT && story.ordinal() > Story.AWAITING.ordinal()
                        && story != Story.DONE_ON_TIME) {
                    story = Story.IN_PROGRESS;
                }
                CurrentUser head = heads.getOrDefault(a.agencyId(), agencyActor(system, a.agencyId()));
                CurrentUser officer = officers.get(a.agencyId());
                try {
                    play(a, story, issued, head, officer, secretariat);
                } catch (RuntimeException e) {
                    log.warn("Dữ liệu mẫu: không dựng được diễn biến {} cho nhiệm vụ được giao {}: {}", story, a.id(),
                            e.getMessage());
                }
            }
        }
        log.info("Dữ liệu mẫu: {} thông báo, {} đã ban hành", ids.size(), Math.max(0, ids.size() - 1));
        return ids;
    }

    private void play(AssignmentView a, Story story, LocalDate issued, CurrentUser head, CurrentUser officer,
                      CurrentUser secretariat) {
        LocalDate today = today();
        LocalDate d = a.deadline();
        LocalDate start = max(issued.plusDays(3), today.minusDays(200));
        switch (story) {
            case ASSIGNED -> {
            }
            case ACKNOWLEDGED -> act(head, a, AssignmentAction.ACKNOWLEDGE, null, null, false, start);
            case IN_PROGRESS -> report(head, a, 40 + (int) (a.id() % 4) * 10, start, true);
            case SILENT -> report(head, a, 30, today.minusMonths(4), false);
            case DRAFT_PENDING -> {
                report(head, a, 30, start, false);
                if (officer != null) {
                    as(officer, () -> assignments.act(a.id(), AssignmentAction.REPORT_PROGRESS,
                            new Input("Dự thảo: đã hoàn thành khảo sát, đang tổng hợp số liệu để báo cáo lãnh đạo Sở.", 60,
                                    version(a), null, List.of())));
                    backdate(a.id(), today.minusDays(1));
                }
            }
            case AWAITING, AWAITING_LATE -> {
                report(head, a, 60, start, false);
                LocalDate on = story == Story.AWAITING ? min(today.minusDays(1), d == null ? today : d.minusDays(2))
                        : min(today.minusDays(1), d.plusDays(4));
                act(head, a, AssignmentAction.REPORT_COMPLETION, "Đã hoàn thành nhiệm vụ; gửi kèm sản phẩm.", null, true, on);
                completedOn(a.id(), on);
            }
            case DONE_ON_TIME, DONE_LATE -> {
                report(head, a, 50, start, false);
                LocalDate on = story == Story.DONE_ON_TIME
                        ? (d == null ? today.minusDays(10) : min(today.minusDays(2), d.minusDays(3)))
                        : min(today.minusDays(2), d.plusDays(6));
                act(head, a, AssignmentAction.REPORT_COMPLETION, "Đã hoàn thành; sản phẩm đính kèm.", null, true, on);
                completedOn(a.id(), on);
                act(secretariat, a, AssignmentAction.CONFIRM, "Xác nhận hoàn thành.", null, false, on.plusDays(1));
            }
            case SENT_BACK -> {
                report(head, a, 70, start, false);
                LocalDate on = today.minusDays(6);
                act(head, a, AssignmentAction.REPORT_COMPLETION, "Báo cáo hoàn thành nhiệm vụ.", null, false, on);
                act(secretariat, a, AssignmentAction.SEND_BACK, "Sản phẩm chưa đáp ứng yêu cầu: thiếu số liệu của các xã,"
                        + " phường; đề nghị bổ sung.", null, false, today.minusDays(4));
            }
            case EXTENDED_SOON, EXTENDED_LATER, EXTENSION_PENDING -> {
                report(head, a, 45, start, false);
                LocalDate to = story == Story.EXTENDED_SOON ? today.plusDays(2) : today.plusDays(25);
                long request = as(head, () -> extensions.request(a.id(), to,
                        "Chờ ý kiến thẩm định của bộ, ngành Trung ương; đề nghị gia hạn để hoàn thiện hồ sơ.", version(a)));
                backdate(a.id(), today.minusDays(5));
                if (story != Story.EXTENSION_PENDING) {
                    as(secretariat, () -> extensions.decide(request, true, "Đồng ý gia hạn.", null));
                    backdate(a.id(), today.minusDays(3));
                }
            }
            case DECLINED -> act(head, a, AssignmentAction.DECLINE, "Nội dung không thuộc chức năng, nhiệm vụ của đơn vị;"
                    + " đề nghị giao cơ quan chuyên ngành chủ trì.", null, false, start);
            case SUSPENDED -> {
                report(head, a, 20, start, false);
                act(secretariat, a, AssignmentAction.SUSPEND, "Tạm hoãn chờ Trung ương ban hành hướng dẫn.", null, false,
                        today.minusDays(10));
            }
            case CANCELLED -> act(secretariat, a, AssignmentAction.CANCEL, "Nhiệm vụ đã được thay thế bằng nhiệm vụ mới"
                    + " tại thông báo kết luận sau.", null, false, start);
        }
    }

    /** A progress report with the agency's confidence rating: mostly green, some amber, a few red (with reasons). */
    private void report(CurrentUser head, AssignmentView a, int percent, LocalDate on, boolean evidence) {
        Confidence rating = a.id() % 7 == 0 ? Confidence.RED : a.id() % 4 == 0 ? Confidence.AMBER : Confidence.GREEN;
        String note = switch (rating) {
            case RED -> "Chưa được bố trí kinh phí thực hiện; không thể hoàn thành đúng thời hạn, đề nghị xem xét gia hạn.";
            case AMBER -> "Còn chờ ý kiến thẩm định của các sở, ngành; có nguy cơ chậm nếu không có ý kiến trong tháng.";
            case GREEN -> null;
        };
        act(head, a, AssignmentAction.REPORT_PROGRESS, "Đã triển khai, hoàn thành khoảng " + percent
                + "% khối lượng công việc; đang phối hợp các đơn vị liên quan hoàn thiện.", percent, evidence, on, rating, note);
    }

    private void act(CurrentUser user, AssignmentView a, AssignmentAction action, String text, Integer percent,
                     boolean evidence, LocalDate on) {
        act(user, a, action, text, percent, evidence, on,
                action == AssignmentAction.REPORT_COMPLETION ? Confidence.GREEN : null, null);
    }

    private void act(CurrentUser user, AssignmentView a, AssignmentAction action, String text, Integer percent,
                     boolean evidence, LocalDate on, Confidence rating, String note) {
        List<NewFile> files = evidence ? List.of(new NewFile("bien-ban-ket-qua-" + a.id() + ".pdf", evidencePdf(a)))
                : List.of();
        as(user, () -> assignments.actWithFiles(a.id(), action,
                new Input(text, percent, version(a), null, List.of(), rating, note), files));
        backdate(a.id(), on);
    }

    private int version(AssignmentView a) {
        return jdbc.sql("select version from assignment where id = ?").param(a.id()).query(Integer.class).single();
    }

    /** Dates the assignment's latest timeline entry (and its evidence, report time) back to {@code on}. */
    private void backdate(long assignmentId, LocalDate on) {
        Timestamp t = at(on, 10);
        jdbc.sql("update assignment_event set created_at = ? where id = (select max(id) from assignment_event where assignment_id = ?)")
                .params(t, assignmentId).update();
        jdbc.sql("update evidence_file set uploaded_at = ? where assignment_id = ? and uploaded_at > ?").params(t, assignmentId, t).update();
        jdbc.sql("update assignment set last_report_at = ? where id = ? and last_report_at > ?").params(t, assignmentId, t).update();
        jdbc.sql("update assignment set confidence_at = ? where id = ? and confidence_at > ?").params(t, assignmentId, t).update();
        jdbc.sql("update extension_request set requested_at = least(requested_at, ?),"
                + " decided_at = case when decided_at is null then null else greatest(?, requested_at) end where assignment_id = ?")
                .params(t, t, assignmentId).update();
    }

    private void completedOn(long assignmentId, LocalDate on) {
        jdbc.sql("update assignment set completed_on = ? where id = ?").params(Date.valueOf(on), assignmentId).update();
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return RunAs.user(user, work);
    }

    private UserAccount systemUser() {
        return accounts.findByUsername(SYSTEM_USER).orElseGet(() -> {
            long anyAgency = agencies.all().stream().filter(g -> !g.group()).findFirst().orElseThrow().id();
            UserAccount u = accounts.create(new NewUser(SYSTEM_USER, "Cán bộ đơn vị (dữ liệu mẫu)", null, Role.AGENCY_HEAD,
                    anyAgency, AccountService.generatePassword()));
            return accounts.setEnabled(u.id(), false);
        });
    }

    private static CurrentUser agencyActor(CurrentUser system, long agencyId) {
        return new CurrentUser(system.id(), system.username(), system.fullName(), Role.AGENCY_HEAD, agencyId);
    }

    private static List<Resource> noticeFiles() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/notices/*.txt");
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("demo notices unreadable", e);
        }
    }

    private static byte[] read(Resource r) {
        try (var in = r.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF standing in for a scanned minute (ASCII text: the standard PDF fonts have no Vietnamese). */
    static byte[] evidencePdf(AssignmentView a) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 720);
                s.showText("Bien ban ket qua thuc hien nhiem vu " + (a.ref() == null ? "" : vn.dondoc.extraction.text.VietnameseText.fold(a.ref())) + " (du lieu mau)");
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Timestamp at(LocalDate d, int hour) {
        return Timestamp.from(d.atTime(hour, 0).atZone(ZONE).toInstant());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
