package vn.dondoc.app.accounts;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.shared.Audited;

/**
 * Outside demo mode, a start always ends with an enabled admin account:
 * <ul>
 * <li>on an empty database the account {@code admin} is created;</li>
 * <li>when accounts exist but no admin is enabled (the demo accounts, {@code admin} among them, have just been
 * disabled for their demo password) {@code admin} — or the oldest admin account — gets a new password and is
 * enabled again; the other disabled accounts stay disabled.</li>
 * </ul>
 * The password comes from {@code DONDOC_ADMIN_PASSWORD}, or is generated and printed once.
 */
@Component
class InitialAccounts {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountService accounts;
    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Environment env;

    InitialAccounts(AccountService accounts, UserRepository users, ApplicationEventPublisher events, Environment env) {
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.env = env;
    }

    /** Creates or re-enables an admin when no admin is enabled; returns whether it did. */
    @Transactional
    boolean ensureAdmin() {
        if (users.anyEnabledAdmin()) {
            return false;
        }
        String given = givenPassword();
        String password = given == null ? AccountService.generatePassword() : given;
        if (!accounts.anyUser()) {
            accounts.create(new NewUser("admin", "Quản trị hệ thống", null, Role.ADMIN, null, password));
            announce("đã tạo tài khoản quản trị 'admin'", "admin", password, given != null);
            return true;
        }
        Long id = users.adminToRestore().orElse(null);
        if (id == null) {
            log.error("Không có tài khoản quản trị nào trong cơ sở dữ liệu; không tự tạo được quản trị viên.");
            return false;
        }
        accounts.resetPassword(id, password);
        UserAccount admin = accounts.setEnabled(id, true);
        events.publishEvent(new Audited("user", id, null, null, null, "RESTORE_ADMIN",
                "Kích hoạt lại tài khoản quản trị " + admin.username()
                        + " với mật khẩu mới khi khởi động: không còn quản trị viên nào hoạt động",
                Map.of("enabled", false), Map.of("enabled", true), null));
        announce("không còn quản trị viên nào hoạt động; đã kích hoạt lại tài khoản '" + admin.username() + "'",
                admin.username(), password, given != null);
        return true;
    }

    /** DONDOC_ADMIN_PASSWORD; the demo password is not accepted (a password is then generated). */
    private String givenPassword() {
        String given = env.getProperty("DONDOC_ADMIN_PASSWORD", env.getProperty("dondoc.admin-password"));
        if (given == null || given.isBlank()) {
            return null;
        }
        if (DemoAccounts.isDemoPassword(given)) {
            log.warn("DONDOC_ADMIN_PASSWORD là mật khẩu demo công khai; bỏ qua và tạo mật khẩu ngẫu nhiên.");
            return null;
        }
        return given;
    }

    private static void announce(String what, String username, String password, boolean given) {
        if (given) {
            log.info("dondoc: {} với mật khẩu từ DONDOC_ADMIN_PASSWORD.", what);
            return;
        }
        System.out.println();
        System.out.println("=== dondoc: " + what + " với mật khẩu: " + password);
        System.out.println("=== Mật khẩu chỉ hiện một lần. Hãy đăng nhập bằng '" + username + "' và đổi mật khẩu.");
        System.out.println();
    }
}
