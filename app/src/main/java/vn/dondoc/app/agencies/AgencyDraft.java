package vn.dondoc.app.agencies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An agency as an admin creates or edits it. */
public record AgencyDraft(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "chỉ gồm chữ không dấu, số, dấu chấm, gạch") String code,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 40) String kind,
        @Size(max = 150) String shortName,
        List<String> aliases,
        boolean group,
        String memberSpec,
        boolean unspecified,
        boolean active) {

    public AgencyDraft {
        aliases = aliases == null ? List.of()
                : aliases.stream().map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
    }
}
