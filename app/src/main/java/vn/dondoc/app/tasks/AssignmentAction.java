package vn.dondoc.app.tasks;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to an assignment, from which states, and where it leads. The one table of legal
 * transitions: the UI, the API and the aggregate all ask it.
 */
public enum AssignmentAction {
    ACKNOWLEDGE("tiếp nhận nhiệm vụ", EnumSet.of(AssignmentStatus.ASSIGNED), AssignmentStatus.IN_PROGRESS),
    REPORT_PROGRESS("báo cáo tiến độ", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS), AssignmentStatus.IN_PROGRESS),
    REPORT_COMPLETION("báo cáo hoàn thành", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS), AssignmentStatus.AWAITING_CONFIRMATION),
    CONFIRM("xác nhận hoàn thành", EnumSet.of(AssignmentStatus.AWAITING_CONFIRMATION), AssignmentStatus.DONE),
    SEND_BACK("yêu cầu thực hiện lại", EnumSet.of(AssignmentStatus.AWAITING_CONFIRMATION), AssignmentStatus.IN_PROGRESS),
    DECLINE("từ chối nhiệm vụ", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS), AssignmentStatus.DECLINED),
    REQUEST_EXTENSION("xin gia hạn", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS), null),
    APPROVE_EXTENSION("duyệt gia hạn", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS,
            AssignmentStatus.AWAITING_CONFIRMATION), null),
    REJECT_EXTENSION("từ chối gia hạn", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS,
            AssignmentStatus.AWAITING_CONFIRMATION, AssignmentStatus.SUSPENDED), null),
    REASSIGN("giao lại cho cơ quan khác", EnumSet.of(AssignmentStatus.DECLINED), AssignmentStatus.CANCELLED),
    SUSPEND("tạm hoãn", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.AWAITING_CONFIRMATION), AssignmentStatus.SUSPENDED),
    RESUME("tiếp tục thực hiện", EnumSet.of(AssignmentStatus.SUSPENDED), AssignmentStatus.IN_PROGRESS),
    CANCEL("hủy", EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.AWAITING_CONFIRMATION,
            AssignmentStatus.DECLINED, AssignmentStatus.SUSPENDED), AssignmentStatus.CANCELLED);

    private final String label;
    private final Set<AssignmentStatus> from;
    private final AssignmentStatus to;

    AssignmentAction(String label, Set<AssignmentStatus> from, AssignmentStatus to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(AssignmentStatus status) {
        return from.contains(status);
    }

    /**
     * The state after this action from {@code status}; an action that does not change the state (an
     * extension request) keeps it.
     *
     * @throws IllegalTransitionException with a Vietnamese message when the action is not allowed
     */
    public AssignmentStatus apply(AssignmentStatus status) {
        if (!allowedFrom(status)) {
            throw new IllegalTransitionException("Không thể " + label + " khi nhiệm vụ đang ở trạng thái \""
                    + status.label() + "\".");
        }
        return to == null ? status : to;
    }

    public String label() {
        return label;
    }
}
