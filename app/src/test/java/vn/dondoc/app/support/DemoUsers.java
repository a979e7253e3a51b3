package vn.dondoc.app.support;

import java.util.List;

/** The demo accounts tests log in with (seeded in demo mode), one per role. */
public final class DemoUsers {

    public static final String PASSWORD = "dondoc2026";

    /** username → role name */
    public record Demo(String username, String role) {
    }

    public static final List<Demo> ONE_PER_ROLE = List.of(
            new Demo("admin", "ADMIN"),
            new Demo("thuongtruc", "SECRETARIAT"),
            new Demo("lanhdao", "LEADER"),
            new Demo("kiemtra", "INSPECTOR"),
            new Demo("stc.lanhdao", "AGENCY_HEAD"),
            new Demo("stc.chuyenvien", "AGENCY_OFFICER"));

    private DemoUsers() {
    }
}
