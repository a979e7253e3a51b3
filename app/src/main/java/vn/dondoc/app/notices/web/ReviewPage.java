package vn.dondoc.app.notices.web;

import java.util.List;
import org.springframework.ui.Model;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.notices.NoticeReview;
import vn.dondoc.app.notices.ReviewTask;
import vn.dondoc.app.shared.DomainException;

/** What the review page and its editor fragment need in their model, and who may edit. */
final class ReviewPage {

    /** Recurrences the editor offers (ISO-8601 periods, as the task schema stores them). */
    static final List<String> RECURRENCES = List.of("P1W", "P2W", "P1M", "P3M", "P6M", "P1Y");

    private ReviewPage() {
    }

    static boolean isEditor() {
        return CurrentUser.get().map(u -> u.has(Role.SECRETARIAT, Role.ADMIN)).orElse(false);
    }

    /** Refuses (403) anyone but the secretariat and admins, whatever the URL rules say. */
    static void requireEditor() {
        if (!isEditor()) {
            throw DomainException.forbidden("Chỉ thường trực mới được rà soát và ban hành thông báo.");
        }
    }

    static void fill(Model model, NoticeReview review, boolean editable) {
        model.addAttribute("review", review);
        model.addAttribute("editable", editable);
        model.addAttribute("recurrences", RECURRENCES);
        model.addAttribute("blankTask", ReviewTask.blank());
    }
}
