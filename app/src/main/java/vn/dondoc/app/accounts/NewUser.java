package vn.dondoc.app.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin gives to create a user. */
public record NewUser(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "chỉ gồm chữ không dấu, số, dấu chấm, gạch") String username,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String email,
        @NotNull Role role,
        Long agencyId,
        @NotBlank @Size(min = 8, max = 100) String password) {
}
