package vn.dondoc.app.accounts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.NewUser;
import vn.dondoc.app.accounts.UserAccount;
import vn.dondoc.app.accounts.UserChange;
import vn.dondoc.app.shared.DomainException;

/** User administration (role ADMIN only, enforced by the security configuration). */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Quản trị người dùng")
class AdminUsersApi {

    private final AccountService accounts;

    AdminUsersApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Danh sách tài khoản")
    List<UserAccount> list() {
        return accounts.list();
    }

    @GetMapping("/{id}")
    UserAccount get(@PathVariable long id) {
        return accounts.find(id).orElseThrow(() -> DomainException.notFound("user_not_found", "Không tìm thấy tài khoản."));
    }

    @PostMapping
    @Operation(summary = "Tạo tài khoản")
    ResponseEntity<UserAccount> create(@Valid @RequestBody NewUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.create(user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa họ tên, email, vai trò, cơ quan (kèm version đã đọc)")
    UserAccount update(@PathVariable long id, @Valid @RequestBody UserChange change) {
        return accounts.update(id, change);
    }

    @PostMapping("/{id}/disable")
    UserAccount disable(@PathVariable long id) {
        return accounts.setEnabled(id, false);
    }

    @PostMapping("/{id}/enable")
    UserAccount enable(@PathVariable long id) {
        return accounts.setEnabled(id, true);
    }

    record PasswordReset(String password) {
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "Đặt lại mật khẩu (bỏ trống để sinh ngẫu nhiên)")
    Map<String, String> resetPassword(@PathVariable long id, @RequestBody(required = false) PasswordReset body) {
        return Map.of("password", accounts.resetPassword(id, body == null ? null : body.password()));
    }
}
