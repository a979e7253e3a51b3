package vn.dondoc.app.notices.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
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

/** The notices page: upload one or many files, follow each extraction run. */
@Controller
class NoticesController {

    private final NoticeService notices;
    private final ObjectMapper json;

    NoticesController(NoticeService notices, ObjectMapper json) {
        this.notices = notices;
        this.json = json;
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

    @PostMapping("/notices/{id}/issue")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int count = notices.issue(id).size();
            redirect.addFlashAttribute("issued", count);
        } catch (DomainException e) {
            redirect.addFlashAttribute("issueError", e.getMessage());
        }
        return "redirect:/notices/" + id;
    }

    @GetMapping("/notices/{id}")
    String detail(@PathVariable long id, Model model) {
        var n = notices.find(id).orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        model.addAttribute("notice", n);
        model.addAttribute("processing", n.status() == NoticeStatus.PROCESSING);
        model.addAttribute("canIssue", n.status() == NoticeStatus.REVIEW
                && CurrentUser.get().map(u -> u.has(Role.SECRETARIAT, Role.ADMIN)).orElse(false));
        model.addAttribute("tasks", notices.extractionJson(id)
                .map(text -> json.readValue(text, Map.class).get("tasks")).orElse(null));
        return "notices/detail";
    }
}
