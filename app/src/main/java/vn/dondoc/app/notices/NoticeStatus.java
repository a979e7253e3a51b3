package vn.dondoc.app.notices;

/** Where an uploaded notice stands. */
public enum NoticeStatus {
    PROCESSING("Đang xử lý"),
    REVIEW("Chờ rà soát"),
    ISSUED("Đã ban hành"),
    FAILED("Lỗi");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
