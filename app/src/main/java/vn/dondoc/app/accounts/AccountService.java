package vn.dondoc.app.accounts;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.platform.DondocProperties;
import vn.dondoc.app.shared.DomainException;

/** Users, their roles and agencies, passwords and API tokens. */
@Service
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final Validator validator;
    private final boolean demo;

    AccountService(UserRepository users, AgencyService agencies, PasswordEncoder encoder, ApiTokens tokens,
                   Validator validator, DondocProperties props) {
        this.users = users;
        this.agencies = agencies;
        this.encoder = encoder;
        this.tokens = tokens;
        this.validator = validator;
        this.demo = props.demoEnabled();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(UserRepository.StoredUser::account);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username).map(UserRepository.StoredUser::account);
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
    }

    @Transactional
    public UserAccount create(NewUser u) {
        validate(u);
        if (users.usernameTaken(u.username())) {
            throw DomainException.conflict("username_taken", "Tên đăng nhập \"" + u.username() + "\" đã tồn tại.");
        }
        checkAgency(u.role(), u.agencyId());
        refuseDemoPassword(u.password());
        long id = users.insert(u.username().trim(), u.fullName().trim(), blankToNull(u.email()), u.role(),
                u.agencyId(), encoder.encode(u.password()), !DemoAccounts.isDemoPassword(u.password()));
        return find(id).orElseThrow();
    }

    /** Saves an admin's edit made on {@code change.version()}; 409 when the user changed meanwhile. */
    @Transactional
    public UserAccount update(long id, UserChange change) {
        validate(change);
        UserAccount current = require(id);
        checkAgency(change.role(), change.agencyId());
        if (current.role() == Role.ADMIN && change.role() != Role.ADMIN) {
            keepOneAdmin(id);
        }
        if (!users.update(id, change.version(), change.fullName().trim(), blankToNull(change.email()),
                change.role(), change.agencyId())) {
            throw DomainException.conflict("stale", "Tài khoản này vừa được người khác sửa. Hãy tải lại và sửa lại.");
        }
        return find(id).orElseThrow();
    }

    /**
     * Enables or disables a user. Outside demo mode an account that still has the demo password is not enabled
     * again before its password is reset.
     */
    @Transactional
    public UserAccount setEnabled(long id, boolean enabled) {
        UserAccount current = require(id);
        if (!enabled && current.role() == Role.ADMIN) {
            keepOneAdmin(id);
        }
        if (enabled && !demo) {
            UserRepository.StoredUser stored = users.findById(id).orElseThrow();
            if (!stored.passwordChecked()) {
                if (encoder.matches(DemoAccounts.PASSWORD, stored.passwordHash())) {
                    throw DomainException.conflict("demo_password", "Tài khoản \"" + current.username()
                            + "\" vẫn dùng mật khẩu demo công khai. Hãy đặt lại mật khẩu trước khi kích hoạt lại.");
                }
                users.markPasswordChecked(id);
            }
        }
        users.setEnabled(id, enabled);
        if (!enabled) {
            tokens.revokeAll(id);
        }
        return find(id).orElseThrow();
    }

    @Transactional
    public void setMailEnabled(long id, boolean enabled) {
        require(id);
        users.setMailEnabled(id, enabled);
    }

    /**
     * Sets a new password (and lifts a login lock). With {@code newPassword} null a random one is
     * generated; the password set is returned so the admin can hand it over.
     */
    @Transactional
    public String resetPassword(long id, String newPassword) {
        require(id);
        String password = newPassword == null || newPassword.isBlank() ? generatePassword() : newPassword;
        if (password.length() < 8) {
            throw DomainException.invalid("weak_password", "Mật khẩu phải có ít nhất 8 ký tự.");
        }
        refuseDemoPassword(password);
        users.setPassword(id, encoder.encode(password), !DemoAccounts.isDemoPassword(password));
        tokens.revokeAll(id);
        return password;
    }

    /** Creates a personal access token for a signed-in user. */
    @Transactional
    public IssuedToken createToken(long userId, String name) {
        require(userId);
        return tokens.create(userId, name);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenInfo> tokens(long userId) {
        return tokens.list(userId);
    }

    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (!tokens.revoke(userId, tokenId)) {
            throw DomainException.notFound("token_not_found", "Không tìm thấy mã truy cập.");
        }
    }

    /** A random password of 14 characters without look-alike characters. */
    public static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private UserAccount require(long id) {
        return users.findById(id).map(UserRepository.StoredUser::account)
                .orElseThrow(() -> DomainException.notFound("user_not_found", "Không tìm thấy tài khoản."));
    }

    /** Refuses to take away the last enabled admin; rows are locked so two admins can't race past it. */
    private void keepOneAdmin(long leaving) {
        if (users.lockEnabledAdmins().stream().noneMatch(id -> id != leaving)) {
            throw DomainException.conflict("last_admin", "Không thể vô hiệu hóa hoặc đổi vai trò của quản trị viên cuối cùng.");
        }
    }

    /** Outside demo mode the published demo password cannot be given to any account. */
    private void refuseDemoPassword(String password) {
        if (!demo && DemoAccounts.isDemoPassword(password)) {
            throw DomainException.invalid("demo_password", "Mật khẩu \"" + DemoAccounts.PASSWORD
                    + "\" là mật khẩu demo công khai, chỉ dùng ở chế độ demo. Hãy chọn mật khẩu khác.");
        }
    }

    private void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            String detail = violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; "));
            throw DomainException.invalid("invalid", "Dữ liệu không hợp lệ. " + detail);
        }
    }

    private void checkAgency(Role role, Long agencyId) {
        if (agencyId == null) {
            if (!role.seesEverything()) {
                throw DomainException.invalid("agency_required",
                        "Vai trò \"" + role.label() + "\" phải gắn với một cơ quan, đơn vị.");
            }
            return;
        }
        var agency = agencies.find(agencyId).orElseThrow(() ->
                DomainException.invalid("agency_not_found", "Không tìm thấy cơ quan, đơn vị đã chọn."));
        if (agency.group()) {
            throw DomainException.invalid("agency_is_group", "Tài khoản phải gắn với một cơ quan cụ thể, không phải một nhóm.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
