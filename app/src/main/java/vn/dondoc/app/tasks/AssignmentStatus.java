package vn.dondoc.app.tasks;

/** Stored lifecycle state of an assignment (DOMAIN.md "Task, assignment, status"). */
public enum AssignmentStatus {
    ASSIGNED("Đã giao"),
    IN_PROGRESS("Đang thực hiện"),
    AWAITING_CONFIRMATION("Chờ xác nhận"),
    DONE("Hoàn thành"),
    DECLINED("Từ chối"),
    SUSPENDED("Tạm hoãn"),
    CANCELLED("Hủy");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Work the agency still owes: judged on time or late against the deadline. */
    public boolean open() {
        return this == ASSIGNED || this == IN_PROGRESS || this == AWAITING_CONFIRMATION;
    }
}
