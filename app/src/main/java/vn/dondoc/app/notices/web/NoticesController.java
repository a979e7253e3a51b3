package vn.dondoc.app.notices.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.notices.NoticeService;
import vn.dondoc.app.notices.NoticeStatus;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.web.FileDownloads;
import vn.dondoc.app.tasks.TaskService;

/** The notices pages: upload one or many files, follow each extraction run, review and issue a notice. */
@Controller
class NoticesController {

    private final NoticeService notices;
    private final TaskService tasks;

    NoticesController(NoticeService notices, TaskService tasks) {
        this.notices = notices;
        this.tasks = tasks;
    }

    @GetMapping("/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.recent(200));
        model.addAttribute("canUpload", CurrentUser.get().map(u -> u.has(Role.SECRETARIAT, Role.ADMIN)).orElse(false));
        return "notices/list";
    }

    /** The table rows alone, polled by htmx while a run is in progress. */
    @GetMapping("/notices/rows")
    String rows(Model model) {
        model.addAttribute("notices", notices.recent(200));
        return "notices/list :: rows";
    }

    @PostMapping("/notices")
    String upload(@RequestParam("files") List<MultipartFile> files, RedirectAttributes redirect) throws IOException {
        if (!CurrentUser.get().map(u -> u.has(Role.SECRETARIAT, Role.ADMIN)).orElse(false)) {
            throw DomainException.forbidden("Chỉ thường trực mới được tải lên thông báo.");
        }
        List<String> errors = new ArrayList<>();
        int accepted = 0;
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                NoticeService.checkSize(f.getOriginalFilename(), f.getSize());
                notices.upload(f.getOriginalFilename(), f.getBytes(), f.getContentType());
                accepted++;
            } catch (DomainException e) {
                errors.add(e.getMessage());
            }
        }
        redirect.addFlashAttribute("accepted", accepted);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/notices";
    }

    /** Ban hành from the review page; {@code version} is the version the secretariat saved and saw. */
    @PostMapping("/notices/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        ReviewPage.requireEditor();
        try {
            int count = notices.issue(id, version).size();
            redirect.addFlashAttribute("issued", count);
        } catch (DomainException e) {
            redirect.addFlashAttribute("issueError", e.getMessage());
        }
        return "redirect:/notices/" + id;
    }

    /**
     * A notice: while it awaits review, the review editor for the secretariat (read-only for the other
     * province-level roles); once issued, read-only with the tasks it created.
     */
    @GetMapping("/notices/{id}")
    String detail(@PathVariable long id, Model model) {
        var n = notices.find(id).orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        model.addAttribute("notice", n);
        model.addAttribute("processing", n.status() == NoticeStatus.PROCESSING);
        boolean editor = ReviewPage.isEditor();
        model.addAttribute("canIssue", n.status() == NoticeStatus.REVIEW && editor);
        if (n.status() == NoticeStatus.REVIEW || n.status() == NoticeStatus.ISSUED) {
            ReviewPage.fill(model, notices.review(id).orElseThrow(), n.status() == NoticeStatus.REVIEW && editor);
        }
        if (n.status() == NoticeStatus.ISSUED) {
            model.addAttribute("issuedTasks", issuedTasks(id));
        }
        return "notices/detail";
    }

    /** The notice's original file, as uploaded (attachment; province roles only). */
    @GetMapping("/notices/{id}/file")
    org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id) {
        NoticeService.OriginalFile f = notices.originalFile(id);
        return FileDownloads.attachment(f.fileName(), f.mediaType(), f.content());
    }

    /** A task the notice created, with its agencies, as the issued notice lists them. */
    record IssuedTask(long id, String ref, String content, List<String> leads, List<String> supports,
                      java.time.LocalDate deadline, String deadlineText) {
    }

    private List<IssuedTask> issuedTasks(long noticeId) {
        return tasks.ofNotice(noticeId).stream().map(t -> new IssuedTask(t.id(), t.ref(), t.content(), t.leads(),
                t.supports(), t.deadline(), t.deadlineText())).toList();
    }
}
