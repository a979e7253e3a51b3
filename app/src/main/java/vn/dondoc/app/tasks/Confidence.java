package vn.dondoc.app.tasks;

/**
 * The agency's forecast of meeting the deadline, sent with every progress report (DOMAIN.md "Confidence rating",
 * PMDU style). {@link #AMBER} and {@link #RED} need a comment.
 */
public enum Confidence {
    GREEN("Xanh – đúng tiến độ"),
    AMBER("Vàng – có nguy cơ chậm"),
    RED("Đỏ – không kịp hạn");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Amber and red ratings must say why. */
    public boolean needsNote() {
        return this != GREEN;
    }

    /** Lenient parse of API and form values ("red", "RED", "do", "đỏ"); null or blank gives null. */
    public static Confidence parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (vn.dondoc.extraction.text.VietnameseText.fold(value.trim())) {
            case "green", "xanh" -> GREEN;
            case "amber", "vang", "yellow" -> AMBER;
            case "red", "do" -> RED;
            default -> throw vn.dondoc.app.shared.DomainException.invalid("confidence_invalid",
                    "Mức độ tin cậy phải là xanh (green), vàng (amber) hoặc đỏ (red).");
        };
    }
}
