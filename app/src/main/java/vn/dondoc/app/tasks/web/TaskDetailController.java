package vn.dondoc.app.tasks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.AssignmentAction;
import vn.dondoc.app.tasks.AssignmentEvent;
import vn.dondoc.app.tasks.AssignmentPermissions;
import vn.dondoc.app.tasks.AssignmentService;
import vn.dondoc.app.tasks.AssignmentStatus;
import vn.dondoc.app.tasks.AssignmentView;
import vn.dondoc.app.tasks.CommentService;
import vn.dondoc.app.tasks.Confidence;
import vn.dondoc.app.tasks.EvidenceService;
import vn.dondoc.app.tasks.ExtensionRequest;
import vn.dondoc.app.tasks.ExtensionService;
import vn.dondoc.app.tasks.OccurrenceService;
import vn.dondoc.app.tasks.TaskEdit;
import vn.dondoc.app.tasks.TaskService;

/**
 * The task page: the task and its source, every assignment the user may see with its timeline, evidence and
 * extension requests, comments, and the forms of the actions the user may take. A refused form is shown again
 * with the Vietnamese message and what the user typed.
 */
@Controller
class TaskDetailController {

    private final TaskService tasks;
    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final EvidenceService evidence;
    private final CommentService comments;
    private final AgencyService agencies;
    private final OccurrenceService occurrences;
    private final java.time.Clock clock;

    TaskDetailController(TaskService tasks, AssignmentService assignments, ExtensionService extensions,
                         EvidenceService evidence, CommentService comments, AgencyService agencies,
                         OccurrenceService occurrences, java.time.Clock clock) {
        this.occurrences = occurrences;
        this.clock = clock;
        this.tasks = tasks;
        this.assignments = assignments;
        this.extensions = extensions;
        this.evidence = evidence;
        this.comments = comments;
        this.agencies = agencies;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, Model model) {
        return render(id, FormEcho.NONE, model);
    }

    @PostMapping("/tasks/{id}/assignments/{aid}/act")
    String act(@PathVariable long id, @PathVariable long aid, @RequestParam AssignmentAction action,
               @RequestParam(required = false) String text, @RequestParam(required = false) Integer percent,
               @RequestParam int version, @RequestParam(required = false) Long draft,
               @RequestParam(required = false) String confidence,
               @RequestParam(name = "confidence_note", required = false) String confidenceNote,
               @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
               HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        String form = draft == null ? "a" + aid + "-" + action.name() : "a" + aid + "-d" + draft;
        try {
            List<AssignmentService.NewFile> uploads = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (!f.isEmpty()) {
                    EvidenceService.checkSize(f.getOriginalFilename(), f.getSize());
                    uploads.add(new AssignmentService.NewFile(f.getOriginalFilename(), f.getBytes()));
                }
            }
            AssignmentStatus status = assignments.actWithFiles(aid, action,
                    new AssignmentService.Input(text, percent, version, draft, List.of(), Confidence.parse(confidence),
                            confidenceNote), uploads);
            redirect.addFlashAttribute("done", AssignmentPermissions.drafts(CurrentUser.require().role(), action)
                    ? "Đã lưu dự thảo; dự thảo chờ lãnh đạo đơn vị duyệt và gửi."
                    : "Đã " + action.label() + ". Trạng thái: " + status.label() + ".");
            return "redirect:/tasks/" + id + "#a" + aid;
        } catch (DomainException e) {
            return refused(id, form, e, values("text", text, "percent", percent, "confidence", confidence,
                    "confidence_note", confidenceNote), model, response);
        }
    }

    @PostMapping("/tasks/{id}/assignments/{aid}/drafts/{draft}/discard")
    String discard(@PathVariable long id, @PathVariable long aid, @PathVariable long draft, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            assignments.discardDraft(aid, draft);
            redirect.addFlashAttribute("done", "Đã bỏ dự thảo báo cáo.");
            return "redirect:/tasks/" + id + "#a" + aid;
        } catch (DomainException e) {
            return refused(id, "a" + aid + "-draft", e, Map.of(), model, response);
        }
    }

    @PostMapping("/tasks/{id}/assignments/{aid}/extension")
    String requestExtension(@PathVariable long id, @PathVariable long aid,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                            @RequestParam(required = false) String reason, @RequestParam int version, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            extensions.request(aid, deadline, reason, version);
            redirect.addFlashAttribute("done", "Đã gửi đề nghị gia hạn.");
            return "redirect:/tasks/" + id + "#a" + aid;
        } catch (DomainException e) {
            return refused(id, "a" + aid + "-REQUEST_EXTENSION", e,
                    values("deadline", deadline, "reason", reason), model, response);
        }
    }

    @PostMapping("/tasks/{id}/extensions/{rid}/decide")
    String decide(@PathVariable long id, @PathVariable long rid, @RequestParam boolean approve,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ExtensionRequest r = extensions.decide(rid, approve, note, version);
            redirect.addFlashAttribute("done", r.statusLabel() + " đề nghị gia hạn của " + r.agencyName() + ".");
            return "redirect:/tasks/" + id + "#a" + r.assignmentId();
        } catch (DomainException e) {
            return refused(id, "x" + rid, e, values("note", note), model, response);
        }
    }

    @PostMapping("/tasks/{id}/assignments/{aid}/reassign")
    String reassign(@PathVariable long id, @PathVariable long aid, @RequestParam(required = false) Long agency,
                    @RequestParam(required = false) String reason, @RequestParam int version, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (agency == null) {
                throw DomainException.invalid("agency_required", "Cần chọn cơ quan nhận giao lại.");
            }
            long created = assignments.reassign(aid, agency, reason, version);
            redirect.addFlashAttribute("done", "Đã giao lại nhiệm vụ.");
            return "redirect:/tasks/" + id + "#a" + created;
        } catch (DomainException e) {
            return refused(id, "a" + aid + "-REASSIGN", e, values("reason", reason), model, response);
        }
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String text,
                   @RequestParam(required = false) Long assignment, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            comments.add(id, assignment, text);
            redirect.addFlashAttribute("done", "Đã gửi ý kiến.");
            return "redirect:/tasks/" + id + "#comments";
        } catch (DomainException e) {
            return refused(id, "comment", e, values("text", text), model, response);
        }
    }

    @PostMapping("/tasks/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String ref, @RequestParam(required = false) String content,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                @RequestParam(name = "deadline_text", required = false) String deadlineText,
                @RequestParam(required = false) String recurrence, @RequestParam(defaultValue = "false") boolean standing,
                @RequestParam(required = false) String product, @RequestParam int version, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            tasks.edit(id, new TaskEdit(ref, content, deadline, deadlineText, recurrence, standing, product, version));
            redirect.addFlashAttribute("done", "Đã lưu nhiệm vụ.");
            return "redirect:/tasks/" + id;
        } catch (DomainException e) {
            return refused(id, "edit", e, values("ref", ref, "content", content, "deadline", deadline,
                    "deadline_text", deadlineText, "recurrence", recurrence, "standing", standing, "product", product),
                    model, response);
        }
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Downloads.attachment(evidence.download(id));
    }

    private String refused(long id, String form, DomainException e, Map<String, String> values, Model model,
                           HttpServletResponse response) {
        response.setStatus(e.kind().status());
        if (e.kind() == DomainException.Kind.NOT_FOUND && form.equals("comment")) {
            throw e;
        }
        return render(id, new FormEcho(form, values, e.getMessage()), model);
    }

    private String render(long id, FormEcho echo, Model model) {
        CurrentUser me = CurrentUser.require();
        List<AssignmentView> visible = tasks.assignments(id);
        List<AssignmentPanel> panels = new ArrayList<>();
        for (AssignmentView a : visible) {
            List<AssignmentEvent> timeline = assignments.timeline(a.id());
            List<ExtensionRequest> requests = extensions.ofAssignment(a.id());
            ExtensionRequest pending = requests.stream().filter(r -> "PENDING".equals(r.status())).findFirst().orElse(null);
            List<AssignmentEvent> drafts = timeline.stream().filter(e -> "PENDING".equals(e.draftStatus())).toList();
            panels.add(new AssignmentPanel(a, timeline, evidence.ofAssignment(a.id()), requests, pending, drafts,
                    actions(me, a, pending), occurrences.ofAssignment(a.id()), assignments.rating(a.id())));
        }
        model.addAttribute("task", tasks.get(id));
        model.addAttribute("panels", panels);
        model.addAttribute("comments", comments.of(id));
        model.addAttribute("echo", echo);
        model.addAttribute("canEdit", me.has(vn.dondoc.app.accounts.Role.SECRETARIAT, vn.dondoc.app.accounts.Role.ADMIN));
        model.addAttribute("canComment", me.role() != vn.dondoc.app.accounts.Role.INSPECTOR);
        model.addAttribute("agencyView", !me.role().seesEverything());
        model.addAttribute("today", LocalDate.now(clock));
        boolean reassigning = panels.stream().anyMatch(p -> p.can("REASSIGN"));
        model.addAttribute("reassignTargets", reassigning
                ? agencies.all().stream().filter(g -> g.active() && !g.group()).sorted(java.util.Comparator.comparing(Agency::name)).toList()
                : List.of());
        model.addAttribute("maxEvidenceMb", 20);
        model.addAttribute("confidences", Confidence.values());
        return "tasks/detail";
    }

    /** The actions the user may take now on the assignment, by the permission table and the transition table. */
    private static Set<String> actions(CurrentUser me, AssignmentView a, ExtensionRequest pending) {
        Set<String> out = new LinkedHashSet<>();
        for (AssignmentAction action : AssignmentAction.values()) {
            boolean role = AssignmentPermissions.may(me.role(), action) || AssignmentPermissions.drafts(me.role(), action);
            if (role && action.allowedFrom(a.status())) {
                out.add(action.name());
            }
        }
        if (pending != null) {
            out.remove(AssignmentAction.REQUEST_EXTENSION.name());
        } else {
            out.remove(AssignmentAction.APPROVE_EXTENSION.name());
            out.remove(AssignmentAction.REJECT_EXTENSION.name());
        }
        if (AssignmentPermissions.drafts(me.role(), AssignmentAction.REPORT_PROGRESS)) {
            out.add("DRAFTS");
        }
        if (AssignmentPermissions.attachesEvidence(me.role()) && (a.status() == AssignmentStatus.ASSIGNED
                || a.status() == AssignmentStatus.IN_PROGRESS)) {
            out.add("EVIDENCE");
        }
        return out;
    }

    private static Map<String, String> values(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1] == null ? "" : kv[i + 1].toString());
        }
        return m;
    }
}
