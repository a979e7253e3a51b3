package vn.dondoc.app.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the first start creates one admin account: its password comes from
 * {@code DONDOC_ADMIN_PASSWORD}, or is generated and printed once.
 */
@Component
class InitialAccounts {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountService accounts;
    private final Environment env;

    InitialAccounts(AccountService accounts, Environment env) {
        this.accounts = accounts;
        this.env = env;
    }

    /** Creates the admin when there is no user at all; returns whether it did. */
    boolean createAdminIfNoUser() {
        if (accounts.anyUser()) {
            return false;
        }
        String given = env.getProperty("DONDOC_ADMIN_PASSWORD", env.getProperty("dondoc.admin-password"));
        String password = given == null || given.isBlank() ? AccountService.generatePassword() : given;
        accounts.create(new NewUser("admin", "Quản trị hệ thống", null, Role.ADMIN, null, password));
        if (given == null || given.isBlank()) {
            System.out.println();
            System.out.println("=== dondoc: đã tạo tài khoản quản trị 'admin' với mật khẩu: " + password);
            System.out.println("=== Mật khẩu chỉ hiện một lần. Hãy đăng nhập và đổi mật khẩu.");
            System.out.println();
        } else {
            log.info("Đã tạo tài khoản quản trị 'admin' với mật khẩu từ DONDOC_ADMIN_PASSWORD.");
        }
        return true;
    }
}
