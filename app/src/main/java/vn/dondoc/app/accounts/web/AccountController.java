package vn.dondoc.app.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.CurrentUser;

/** The signed-in user's own page: profile, reminder mails on/off and personal access tokens for the API. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String page(Model model) {
        long me = CurrentUser.get().orElseThrow().id();
        model.addAttribute("account", accounts.find(me).orElseThrow());
        model.addAttribute("tokens", accounts.tokens(me));
        return "accounts/account";
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        var token = accounts.createToken(CurrentUser.get().orElseThrow().id(), name);
        redirect.addFlashAttribute("newToken", token.token());
        return "redirect:/account";
    }

    /** The user switches reminder mails on or off for themselves. */
    @PostMapping("/mail")
    String mail(@RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setMailEnabled(CurrentUser.get().orElseThrow().id(), enabled);
        redirect.addFlashAttribute("flash", enabled ? "reminders.account.mailOnSaved" : "reminders.account.mailOffSaved");
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        accounts.revokeToken(CurrentUser.get().orElseThrow().id(), id);
        redirect.addFlashAttribute("flash", "account.token.revoked");
        return "redirect:/account";
    }
}
