package vn.dondoc.app.dashboard;

import vn.dondoc.app.shared.DomainException;

/**
 * What a dashboard is about: the whole province ({@code all}), one agency ({@code agency:ID}) or one notice
 * ({@code notice:ID}).
 */
public record DashboardScope(Long agencyId, Long noticeId) {

    public static final DashboardScope ALL = new DashboardScope(null, null);

    /** {@code all}, {@code agency:ID}, {@code notice:ID}; null or blank is null (the user's default). */
    public static DashboardScope parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.equals("all")) {
                return ALL;
            }
            if (v.startsWith("agency:")) {
                return new DashboardScope(Long.parseLong(v.substring(7)), null);
            }
            if (v.startsWith("notice:")) {
                return new DashboardScope(null, Long.parseLong(v.substring(7)));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw DomainException.invalid("scope_invalid", "Phạm vi \"" + value
                + "\" không hợp lệ (all, agency:MÃ_SỐ hoặc notice:MÃ_SỐ).");
    }

    public boolean province() {
        return agencyId == null && noticeId == null;
    }

    @Override
    public String toString() {
        return agencyId != null ? "agency:" + agencyId : noticeId != null ? "notice:" + noticeId : "all";
    }
}
