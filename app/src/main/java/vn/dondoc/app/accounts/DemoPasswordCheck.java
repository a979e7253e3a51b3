package vn.dondoc.app.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.shared.Audited;

/**
 * Outside demo mode, at start: every enabled account whose password is still the published demo password is
 * disabled (not deleted: its work, reports and audit entries stay), its API tokens revoked, the change audited and
 * logged with the names. Accounts whose password has been checked once are not checked again (a password set
 * later is never the demo password, which is refused outside demo mode), so a start costs one hash comparison
 * per account only the first time.
 */
@Component
class DemoPasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordCheck.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;

    DemoPasswordCheck(UserRepository users, PasswordEncoder encoder, ApiTokens tokens, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.events = events;
    }

    /** Disables the enabled accounts that still have the demo password; returns them (as they were). */
    @Transactional
    List<UserAccount> disableDemoPasswords() {
        List<UserAccount> disabled = new ArrayList<>();
        for (UserRepository.StoredUser s : users.enabledUnchecked()) {
            UserAccount a = s.account();
            if (!encoder.matches(DemoAccounts.PASSWORD, s.passwordHash())) {
                users.markPasswordChecked(a.id());
                continue;
            }
            users.setEnabled(a.id(), false);
            tokens.revokeAll(a.id());
            events.publishEvent(new Audited("user", a.id(), null, a.agencyId(), null, "DISABLE_DEMO_PASSWORD",
                    "Vô hiệu hóa tài khoản " + a.username() + " khi khởi động ngoài chế độ demo: vẫn dùng mật khẩu demo công khai",
                    Map.of("enabled", true), Map.of("enabled", false), null));
            disabled.add(a);
        }
        if (!disabled.isEmpty()) {
            log.warn("""
                    Chế độ demo đang tắt: đã vô hiệu hóa {} tài khoản vẫn dùng mật khẩu demo công khai ({}): {}.
                    Dữ liệu của các tài khoản này được giữ nguyên. Để dùng lại một tài khoản, quản trị viên vào \
                    Quản trị → Người dùng, mở tài khoản, bấm "Đặt lại mật khẩu" rồi "Kích hoạt lại" \
                    (API: POST /api/v1/admin/users/{id}/reset-password rồi /enable).""",
                    disabled.size(), DemoAccounts.PASSWORD,
                    disabled.stream().map(UserAccount::username).collect(Collectors.joining(", ")));
        }
        return disabled;
    }
}
