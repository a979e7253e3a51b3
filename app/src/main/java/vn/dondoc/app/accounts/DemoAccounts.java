package vn.dondoc.app.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyLookup;
import vn.dondoc.app.agencies.AgencyService;

/**
 * Demo mode: one account per role plus the head and an officer of four agencies, all with the password
 * {@value #PASSWORD}. Accounts that exist already are left as they are (a demo account disabled by a non-demo
 * start stays disabled). Outside demo mode the password is refused and accounts that still have it are disabled
 * at start ({@link DemoPasswordCheck}).
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "dondoc2026";
    /** Demo accounts get an address here, so that reminder mails show up in the outbox (not a real domain). */
    static final String MAIL_DOMAIN = "demo.dondoc.invalid";

    /** A demo account: username, full name, role, the agency as written. */
    record Demo(String username, String fullName, Role role, String agency) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống", Role.ADMIN, null),
            new Demo("thuongtruc", "Nguyễn Thị Thu Hà", Role.SECRETARIAT, "Sở Khoa học và Công nghệ"),
            new Demo("lanhdao", "Trần Văn Minh", Role.LEADER, "Văn phòng UBND tỉnh"),
            new Demo("kiemtra", "Lê Quang Huy", Role.INSPECTOR, "Thanh tra tỉnh"),
            new Demo("stc.lanhdao", "Phạm Đức Thắng", Role.AGENCY_HEAD, "Sở Tài chính"),
            new Demo("stc.chuyenvien", "Võ Thị Mai", Role.AGENCY_OFFICER, "Sở Tài chính"),
            new Demo("skhcn.lanhdao", "Đỗ Minh Tuấn", Role.AGENCY_HEAD, "Sở Khoa học và Công nghệ"),
            new Demo("skhcn.chuyenvien", "Huỳnh Ngọc Lan", Role.AGENCY_OFFICER, "Sở Khoa học và Công nghệ"),
            new Demo("snv.lanhdao", "Bùi Văn Khánh", Role.AGENCY_HEAD, "Sở Nội vụ"),
            new Demo("snv.chuyenvien", "Đặng Thị Hồng", Role.AGENCY_OFFICER, "Sở Nội vụ"),
            new Demo("cat.lanhdao", "Ngô Quốc Bảo", Role.AGENCY_HEAD, "Công an tỉnh"),
            new Demo("cat.chuyenvien", "Trương Văn Long", Role.AGENCY_OFFICER, "Công an tỉnh"));

    static boolean isDemoPassword(String password) {
        return PASSWORD.equals(password);
    }

    private final AccountService accounts;
    private final AgencyService agencies;
    private final AgencyLookup lookup;

    DemoAccounts(AccountService accounts, AgencyService agencies, AgencyLookup lookup) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.lookup = lookup;
    }

    /** Creates the missing demo accounts; returns every demo account as it now is. */
    List<UserAccount> seed() {
        List<UserAccount> out = new ArrayList<>();
        for (Demo d : ACCOUNTS) {
            UserAccount existing = accounts.findByUsername(d.username()).orElse(null);
            if (existing == null) {
                Long agencyId = d.agency() == null ? null : agencyId(d.agency());
                if (agencyId == null && !d.role().seesEverything()) {
                    continue;
                }
                existing = accounts.create(new NewUser(d.username(), d.fullName(), d.username() + "@" + MAIL_DOMAIN, d.role(),
                        agencyId, PASSWORD));
            }
            out.add(existing);
        }
        return out;
    }

    private Long agencyId(String name) {
        return lookup.resolve(name).flatMap(m -> agencies.findByCode(m.code())).map(Agency::id).orElse(null);
    }
}
