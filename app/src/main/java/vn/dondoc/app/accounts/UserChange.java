package vn.dondoc.app.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's edit of a user; {@code version} is the one the admin saw (optimistic locking). */
public record UserChange(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String email,
                         @NotNull Role role, Long agencyId, @NotNull Integer version) {
}
