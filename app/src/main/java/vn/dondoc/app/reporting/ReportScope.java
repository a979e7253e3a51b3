package vn.dondoc.app.reporting;

import vn.dondoc.app.shared.DomainException;

/**
 * What a report covers: everything, one notice or one agency. Written {@code all}, {@code notice:12},
 * {@code agency:5} in the API.
 */
public record ReportScope(Type type, Long id) {

    /** Kind of scope. */
    public enum Type { ALL, NOTICE, AGENCY }

    public static final ReportScope ALL = new ReportScope(Type.ALL, null);

    public ReportScope {
        if (type == null || (type == Type.ALL) != (id == null)) {
            throw new IllegalArgumentException("scope " + type + " " + id);
        }
    }

    public static ReportScope agency(long id) {
        return new ReportScope(Type.AGENCY, id);
    }

    public static ReportScope notice(long id) {
        return new ReportScope(Type.NOTICE, id);
    }

    /** Parses {@code all}, {@code notice:ID} or {@code agency:ID}; anything else is refused (400). */
    public static ReportScope parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty() || s.equals("all")) {
            return ALL;
        }
        int colon = s.indexOf(':');
        try {
            if (colon > 0) {
                long id = Long.parseLong(s.substring(colon + 1));
                switch (s.substring(0, colon)) {
                    case "notice":
                        return notice(id);
                    case "agency":
                        return agency(id);
                    default:
                        break;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalid("scope_unknown",
                "Phạm vi báo cáo không hợp lệ: dùng \"all\", \"notice:<mã thông báo>\" hoặc \"agency:<mã cơ quan>\".");
    }

    public Long agencyId() {
        return type == Type.AGENCY ? id : null;
    }

    public Long noticeId() {
        return type == Type.NOTICE ? id : null;
    }

    @Override
    public String toString() {
        return type == Type.ALL ? "all" : type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
