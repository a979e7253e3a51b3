package vn.dondoc.app.agencies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyDraft;
import vn.dondoc.app.agencies.AgencyLookup;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;

/** The agency directory for API clients; editing is for admins ({@code /api/v1/admin/agencies}). */
@RestController
@Tag(name = "Cơ quan, đơn vị")
class AgencyApi {

    private final AgencyService agencies;
    private final AgencyLookup lookup;

    AgencyApi(AgencyService agencies, AgencyLookup lookup) {
        this.agencies = agencies;
        this.lookup = lookup;
    }

    /** An agency or a group with its members, as the API shows it. */
    record AgencyView(long id, String code, String name, String kind, String shortName, List<String> aliases,
                      boolean group, boolean unspecified, boolean active, int version, List<Member> members) {
    }

    record Member(long id, String code, String name) {
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "Danh bạ cơ quan, đơn vị và nhóm (kèm thành viên của nhóm)")
    List<AgencyView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind) {
        List<Agency> all = agencies.all();
        List<Agency> selected = q == null || q.isBlank() ? all : agencies.search(q, 500);
        Map<Long, List<Member>> members = all.stream().filter(Agency::group).collect(Collectors.toMap(Agency::id,
                g -> agencies.members(g, all).stream().map(m -> new Member(m.id(), m.code(), m.name())).toList()));
        return selected.stream().filter(a -> kind == null || kind.equals(a.kind()))
                .map(a -> view(a, members.getOrDefault(a.id(), List.of()))).toList();
    }

    @GetMapping("/api/v1/agencies/{id}")
    AgencyView get(@PathVariable long id) {
        Agency a = agencies.find(id).orElseThrow(() -> DomainException.notFound("agency_not_found", "Không tìm thấy cơ quan."));
        return view(a, agencies.members(a).stream().map(m -> new Member(m.id(), m.code(), m.name())).toList());
    }

    @GetMapping("/api/v1/agencies/resolve")
    @Operation(summary = "Nhận diện cơ quan từ cách viết trong văn bản (không dấu, viết tắt, lỗi OCR)")
    ResponseEntity<?> resolve(@RequestParam String mention) {
        return lookup.resolve(mention).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("code", "no_match", "message", "Không nhận diện được cơ quan từ \"" + mention + "\".")));
    }

    @PostMapping("/api/v1/admin/agencies")
    ResponseEntity<AgencyView> create(@Valid @RequestBody AgencyDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(agencies.create(draft), List.of()));
    }

    record AgencyUpdate(@Valid AgencyDraft agency, int version) {
    }

    @PutMapping("/api/v1/admin/agencies/{id}")
    AgencyView update(@PathVariable long id, @Valid @RequestBody AgencyUpdate update) {
        return view(agencies.update(id, update.version(), update.agency()), List.of());
    }

    private static AgencyView view(Agency a, List<Member> members) {
        return new AgencyView(a.id(), a.code(), a.name(), a.kind(), a.shortName(), a.aliases(), a.group(),
                a.unspecified(), a.active(), a.version(), members);
    }

}
