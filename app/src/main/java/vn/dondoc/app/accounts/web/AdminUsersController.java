package vn.dondoc.app.accounts.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.NewUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.accounts.UserAccount;
import vn.dondoc.app.accounts.UserChange;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;

/** Admin pages for users: list, create, edit role and agency, disable, reset password. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private final AccountService accounts;
    private final AgencyService agencies;

    AdminUsersController(AccountService accounts, AgencyService agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencyChoices", agencies.all().stream().filter(a -> !a.group() && a.active()).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("form", new UserForm());
        return "admin/users";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                UserAccount u = accounts.create(new NewUser(form.getUsername(), form.getFullName(), form.getEmail(),
                        form.getRole(), form.getAgencyId(), form.getPassword()));
                redirect.addFlashAttribute("flash", "admin.users.created");
                redirect.addFlashAttribute("flashArg", u.username());
                return "redirect:/admin/users";
            } catch (DomainException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        model.addAttribute("users", accounts.list());
        return "admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount u = accounts.find(id).orElseThrow(() -> DomainException.notFound("user_not_found", "Không tìm thấy tài khoản."));
        model.addAttribute("user", u);
        model.addAttribute("form", UserForm.of(u));
        return "admin/user-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        UserAccount u = accounts.find(id).orElseThrow(() -> DomainException.notFound("user_not_found", "Không tìm thấy tài khoản."));
        if (!binding.hasFieldErrors("fullName") && !binding.hasFieldErrors("role")) {
            try {
                accounts.update(id, new UserChange(form.getFullName(), form.getEmail(), form.getRole(),
                        form.getAgencyId(), form.getVersion()));
                redirect.addFlashAttribute("flash", "admin.users.saved");
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        model.addAttribute("user", u);
        return "admin/user-edit";
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", enabled ? "admin.users.enabled" : "admin.users.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newPassword", accounts.resetPassword(id, null));
        return "redirect:/admin/users/" + id;
    }

    /** Form backing object for create and edit. */
    public static class UserForm {
        private String username;
        private String fullName;
        private String email;
        private Role role = Role.AGENCY_OFFICER;
        private Long agencyId;
        private String password;
        private Integer version;

        static UserForm of(UserAccount u) {
            UserForm f = new UserForm();
            f.username = u.username();
            f.fullName = u.fullName();
            f.email = u.email();
            f.role = u.role();
            f.agencyId = u.agencyId();
            f.version = u.version();
            return f;
        }

        @jakarta.validation.constraints.NotBlank public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        @jakarta.validation.constraints.NotBlank public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        @jakarta.validation.constraints.NotNull public Role getRole() { return role; }
        public void setRole(Role v) { role = v; }
        public Long getAgencyId() { return agencyId; }
        public void setAgencyId(Long v) { agencyId = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer v) { version = v; }
    }

}
