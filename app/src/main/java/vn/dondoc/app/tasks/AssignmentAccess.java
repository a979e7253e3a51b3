package vn.dondoc.app.tasks;

import org.springframework.stereotype.Component;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.DomainException;

/** Who may see and act on an assignment: the province roles see all; an agency only its own (others: not found). */
@Component
class AssignmentAccess {

    private final AssignmentRepository repository;

    AssignmentAccess(AssignmentRepository repository) {
        this.repository = repository;
    }

    AssignmentRepository.State visible(long id, CurrentUser me) {
        AssignmentRepository.State a = repository.find(id).orElse(null);
        if (a == null || !sees(me, a.agencyId())) {
            throw DomainException.notFound("assignment_not_found", "Không tìm thấy nhiệm vụ được giao.");
        }
        return a;
    }

    static boolean sees(CurrentUser me, long agencyId) {
        return me.role().seesEverything() || (me.agencyId() != null && me.agencyId() == agencyId);
    }

    void check(AssignmentAction action, CurrentUser me) {
        if (!AssignmentPermissions.may(me.role(), action)) {
            throw DomainException.forbidden("Vai trò \"" + me.role().label() + "\" không được " + action.label() + ".");
        }
    }

    static DomainException stale() {
        return DomainException.conflict("stale", "Nhiệm vụ vừa được người khác cập nhật. Hãy tải lại để xem thay đổi;"
                + " nội dung bạn nhập chưa được lưu và vẫn còn trên biểu mẫu.");
    }
}
