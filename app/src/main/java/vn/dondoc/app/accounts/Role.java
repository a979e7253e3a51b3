package vn.dondoc.app.accounts;

/** The six roles of DOMAIN.md; {@code label} is the Vietnamese name shown to users. */
public enum Role {
    ADMIN("Quản trị"),
    SECRETARIAT("Thường trực"),
    LEADER("Lãnh đạo UBND"),
    AGENCY_HEAD("Lãnh đạo đơn vị"),
    AGENCY_OFFICER("Chuyên viên"),
    INSPECTOR("Kiểm tra, giám sát");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role sees every agency's work (the others see only their own agency's). */
    public boolean seesEverything() {
        return this != AGENCY_HEAD && this != AGENCY_OFFICER;
    }
}
