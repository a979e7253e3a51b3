package vn.dondoc.app.agencies.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyDraft;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;

/** Admin pages of the agency directory: search, create, edit (with optimistic locking). */
@Controller
@RequestMapping("/admin")
class AdminAgenciesController {

    private final AgencyService agencies;

    AdminAgenciesController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    String admin() {
        return "redirect:/admin/users";
    }

    @GetMapping("/agencies")
    String list(@RequestParam(required = false) String q, Model model) {
        List<Agency> all = agencies.all();
        model.addAttribute("q", q);
        model.addAttribute("agencies", q == null || q.isBlank() ? all : agencies.search(q, 500));
        model.addAttribute("memberCounts", all.stream().filter(Agency::group)
                .collect(java.util.stream.Collectors.toMap(Agency::id, g -> agencies.members(g, all).size())));
        return "admin/agencies";
    }

    @GetMapping("/agencies/new")
    String createForm(Model model) {
        model.addAttribute("form", new AgencyForm());
        return "admin/agency-edit";
    }

    @PostMapping("/agencies/new")
    String create(@ModelAttribute("form") AgencyForm form, Model model, RedirectAttributes redirect) {
        try {
            Agency a = agencies.create(form.draft());
            redirect.addFlashAttribute("flash", "admin.agencies.created");
            return "redirect:/admin/agencies/" + a.id();
        } catch (DomainException | jakarta.validation.ConstraintViolationException e) {
            model.addAttribute("error", e.getMessage());
            return "admin/agency-edit";
        }
    }

    @GetMapping("/agencies/{id}")
    String edit(@PathVariable long id, Model model) {
        Agency a = agencies.find(id).orElseThrow(() -> DomainException.notFound("agency_not_found", "Không tìm thấy cơ quan."));
        model.addAttribute("agency", a);
        model.addAttribute("members", agencies.members(a));
        model.addAttribute("form", AgencyForm.of(a));
        return "admin/agency-edit";
    }

    @PostMapping("/agencies/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AgencyForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            agencies.update(id, form.getVersion(), form.draft());
            redirect.addFlashAttribute("flash", "admin.agencies.saved");
            return "redirect:/admin/agencies/" + id;
        } catch (DomainException e) {
            Agency a = agencies.find(id).orElseThrow();
            model.addAttribute("agency", a);
            model.addAttribute("members", agencies.members(a));
            model.addAttribute("error", e.getMessage());
            return "admin/agency-edit";
        }
    }

    /** Form backing object; aliases are edited one per line. */
    public static class AgencyForm {
        private String code;
        private String name;
        private String kind = "SO_BAN_NGANH";
        private String shortName;
        private String aliases = "";
        private boolean group;
        private String memberSpec;
        private boolean unspecified;
        private boolean active = true;
        private int version;

        static AgencyForm of(Agency a) {
            AgencyForm f = new AgencyForm();
            f.code = a.code();
            f.name = a.name();
            f.kind = a.kind();
            f.shortName = a.shortName();
            f.aliases = String.join("\n", a.aliases());
            f.group = a.group();
            f.memberSpec = a.memberSpec();
            f.unspecified = a.unspecified();
            f.active = a.active();
            f.version = a.version();
            return f;
        }

        AgencyDraft draft() {
            if (code == null || code.isBlank() || name == null || name.isBlank() || kind == null || kind.isBlank()) {
                throw DomainException.invalid("agency_invalid", "Cần nhập mã, tên và loại cơ quan.");
            }
            if (!code.trim().matches("[A-Za-z0-9._-]{1,64}")) {
                throw DomainException.invalid("agency_invalid", "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch (tối đa 64 ký tự).");
            }
            return new AgencyDraft(code.trim(), name.trim(), kind.trim(), shortName,
                    Arrays.asList(aliases == null ? new String[0] : aliases.split("\\R")), group,
                    memberSpec, unspecified, active);
        }

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getShortName() { return shortName; }
        public void setShortName(String v) { shortName = v; }
        public String getAliases() { return aliases; }
        public void setAliases(String v) { aliases = v; }
        public boolean isGroup() { return group; }
        public void setGroup(boolean v) { group = v; }
        public String getMemberSpec() { return memberSpec; }
        public void setMemberSpec(String v) { memberSpec = v; }
        public boolean isUnspecified() { return unspecified; }
        public void setUnspecified(boolean v) { unspecified = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
        public int getVersion() { return version; }
        public void setVersion(int v) { version = v; }
    }
}
