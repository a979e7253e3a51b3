package vn.dondoc.app.tasks;

/** Chủ trì (lead) or phối hợp (support). */
public enum AssignmentRole {
    LEAD("Chủ trì"),
    SUPPORT("Phối hợp");

    private final String label;

    AssignmentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
