package vn.dondoc.app.agencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.shared.DomainException;

/** The agency directory: read by every module, edited by admins. */
@Service
public class AgencyService {

    private final AgencyRepository repository;
    private final ApplicationEventPublisher events;

    AgencyService(AgencyRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Every agency and group, active or not. */
    @Transactional(readOnly = true)
    public List<Agency> all() {
        return repository.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Agency> findByCode(String code) {
        return repository.findByCode(code);
    }

    /** Agencies whose name or alias contains the query, diacritics and case ignored. */
    @Transactional(readOnly = true)
    public List<Agency> search(String query, int limit) {
        return repository.search(query == null ? "" : query, Math.max(1, Math.min(limit, 500)));
    }

    /**
     * The member agencies of a group (active ones, groups excluded), from its member spec of
     * {@code |}-separated tokens: {@code kind:K} every agency of kind K, {@code code:C} one agency,
     * {@code code:PREFIX-*} every agency whose code starts with the prefix. Empty for an unspecified group
     * ("các cơ quan liên quan") and for an agency.
     */
    @Transactional(readOnly = true)
    public List<Agency> members(Agency group) {
        return members(group, repository.findAll());
    }

    /** {@link #members(Agency)} over an already loaded directory. */
    public List<Agency> members(Agency group, List<Agency> all) {
        return expand(group, all);
    }

    static List<Agency> expand(Agency group, List<Agency> all) {
        if (!group.group() || group.unspecified() || group.memberSpec() == null) {
            return List.of();
        }
        Map<Long, Agency> out = new LinkedHashMap<>();
        for (String token : group.memberSpec().split("\\|")) {
            String t = token.trim();
            for (Agency a : all) {
                if (a.group() || !a.active()) {
                    continue;
                }
                if (matches(t, a)) {
                    out.putIfAbsent(a.id(), a);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean matches(String token, Agency a) {
        if (token.startsWith("kind:")) {
            return a.kind().equals(token.substring(5));
        }
        String code = token.startsWith("code:") ? token.substring(5) : token;
        return code.endsWith("*") ? a.code().startsWith(code.substring(0, code.length() - 1)) : a.code().equals(code);
    }

    @Transactional
    public Agency create(AgencyDraft draft) {
        if (repository.codeTaken(draft.code())) {
            throw DomainException.conflict("agency_code_taken", "Mã cơ quan \"" + draft.code() + "\" đã tồn tại.");
        }
        long id = repository.insert(draft);
        events.publishEvent(new AgencyDirectoryChanged(id));
        return repository.findById(id).orElseThrow();
    }

    /** Saves an admin's edit made on {@code version}; refuses with 409 when someone changed it meanwhile. */
    @Transactional
    public Agency update(long id, int version, AgencyDraft draft) {
        Agency current = repository.findById(id)
                .orElseThrow(() -> DomainException.notFound("agency_not_found", "Không tìm thấy cơ quan."));
        if (!current.code().equals(draft.code()) && repository.codeTaken(draft.code())) {
            throw DomainException.conflict("agency_code_taken", "Mã cơ quan \"" + draft.code() + "\" đã tồn tại.");
        }
        if (!repository.update(id, version, draft)) {
            throw DomainException.conflict("stale", "Cơ quan này vừa được người khác sửa. Hãy tải lại trang và"
                    + " sửa lại; nội dung bạn nhập vẫn còn trên biểu mẫu.");
        }
        events.publishEvent(new AgencyDirectoryChanged(id));
        return repository.findById(id).orElseThrow();
    }
}
