package vn.dondoc.app.accounts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.ApiTokenInfo;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.DondocPrincipal;
import vn.dondoc.app.accounts.IssuedToken;
import vn.dondoc.app.accounts.LoginThrottledException;
import vn.dondoc.app.shared.ApiError;

/** Personal access tokens: created with username + password only (a token cannot mint tokens), listed, revoked. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Xác thực")
class AuthTokenApi {

    private final AuthenticationManager authentication;
    private final AccountService accounts;

    AuthTokenApi(AuthenticationManager authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    record TokenRequest(@Size(max = 64) String username, @Size(max = 200) String password, @Size(max = 100) String name) {
    }

    @PostMapping("/tokens")
    @Operation(summary = "Tạo mã truy cập cá nhân (Bearer) từ tên đăng nhập và mật khẩu (luôn cần mật khẩu)")
    ResponseEntity<?> create(@RequestBody(required = false) TokenRequest request, HttpServletRequest http) {
        long userId;
        if (request != null && request.username() != null && request.password() != null) {
            try {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
                // the client address (remote address; X-Forwarded-For only with server.forward-headers-strategy)
                token.setDetails(new WebAuthenticationDetails(http));
                var auth = authentication.authenticate(token);
                userId = ((DondocPrincipal) auth.getPrincipal()).user().id();
            } catch (LoginThrottledException e) {
                // the same answer whether the username exists or not
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                        .body(new ApiError("too_many_attempts", LoginThrottledException.message(e.retryAfter())));
            } catch (DisabledException e) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .body(new ApiError("disabled", "Tài khoản đã bị vô hiệu hóa."));
            } catch (AuthenticationException e) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .body(new ApiError("bad_credentials", "Tên đăng nhập hoặc mật khẩu không đúng."));
            }
        } else {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(new ApiError("bad_credentials", "Cần gửi tên đăng nhập (username) và mật khẩu (password)."));
        }
        IssuedToken token = accounts.createToken(userId, request == null ? null : request.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(token);
    }

    @GetMapping("/tokens")
    @Operation(summary = "Các mã truy cập của tôi")
    List<ApiTokenInfo> list() {
        return accounts.tokens(CurrentUser.get().orElseThrow().id());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Thu hồi một mã truy cập của tôi")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        accounts.revokeToken(CurrentUser.get().orElseThrow().id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "Người dùng hiện tại")
    CurrentUser me() {
        return CurrentUser.get().orElseThrow();
    }
}
