package vn.dondoc.app.accounts.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Navigation;

/** Puts the signed-in user and their menu into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("nav")
    List<Navigation.Item> nav() {
        return CurrentUser.get().map(u -> Navigation.visibleTo(u.role())).orElse(List.of());
    }
}
