package vn.dondoc.app.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.LoginFailureHandler;

/** The Vietnamese login page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        Object key = session.getAttribute(LoginFailureHandler.SESSION_KEY);
        if (key != null) {
            model.addAttribute("errorKey", key);
            model.addAttribute("errorArg", session.getAttribute(LoginFailureHandler.SESSION_ARG));
            session.removeAttribute(LoginFailureHandler.SESSION_KEY);
            session.removeAttribute(LoginFailureHandler.SESSION_ARG);
        }
        return "accounts/login";
    }
}
