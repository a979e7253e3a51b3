package vn.dondoc.app.tasks;

/** Timeliness buckets of DOMAIN.md, derived from the deadline in force and today — never stored. */
public enum Timeliness {
    ON_TIME("Trong hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    NO_DEADLINE("Không thời hạn"),
    STANDING("Thường xuyên"),
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn"),
    NOT_APPLICABLE("Không tính");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
