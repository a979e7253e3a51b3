package vn.dondoc.app.agencies;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.Transactions;
import vn.dondoc.extraction.AgencyMatch;
import vn.dondoc.extraction.agency.AgencyEntry;
import vn.dondoc.extraction.agency.AgencyMatcher;

/** The agency directory: read by every module, edited by admins. */
@Service
public class AgencyService {

    private final AgencyRepository repository;
    private final ApplicationEventPublisher events;
    private volatile AgencyMatcher matcher;

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
     * The member agencies of a group (active agencies, per its member spec: {@code kind:K}, {@code code:C},
     * {@code code:PREFIX-*}). Empty for an unspecified group ("các cơ quan liên quan") and for an agency.
     */
    @Transactional(readOnly = true)
    public List<Agency> members(Agency group) {
        return members(group, repository.findAll());
    }

    /** {@link #members(Agency)} over an already loaded directory. */
    public List<Agency> members(Agency group, List<Agency> all) {
        if (!group.group() || group.unspecified()) {
            return List.of();
        }
        Map<String, Agency> byCode = new HashMap<>();
        all.forEach(a -> byCode.put(a.code(), a));
        return matcher(all).membersOf(group.code()).stream().map(e -> byCode.get(e.code()))
                .filter(a -> a != null && a.active() && !a.group()).toList();
    }

    /**
     * The directory entry a written mention refers to ("So Tai chinh", "S¢ KH&CN", "UBND các xã"), with
     * the matcher of the extraction library over the active agencies and groups of the database.
     */
    @Transactional(readOnly = true)
    public Optional<AgencyMatch> resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        return matcher(null).resolve(mention);
    }

    private AgencyMatcher matcher(List<Agency> loaded) {
        AgencyMatcher m = matcher;
        if (m == null) {
            List<Agency> all = loaded != null ? loaded : repository.findAll();
            m = new AgencyMatcher(all.stream().filter(Agency::active).map(AgencyService::entry).toList());
            matcher = m;
        }
        return m;
    }

    static AgencyEntry entry(Agency a) {
        List<String> spec = a.memberSpec() == null || a.memberSpec().isBlank() ? List.of()
                : Arrays.asList(a.memberSpec().split("\\|"));
        return new AgencyEntry(a.code(), a.name(), a.kind(), a.shortName(), a.aliases(), a.group(), spec,
                a.group() && a.unspecified());
    }

    /** Drops the cached matcher now and again after the current transaction commits. */
    void directoryChanged() {
        matcher = null;
        Transactions.afterCommit(() -> matcher = null);
    }

    @Transactional
    public Agency create(AgencyDraft draft) {
        if (repository.codeTaken(draft.code())) {
            throw DomainException.conflict("agency_code_taken", "Mã cơ quan \"" + draft.code() + "\" đã tồn tại.");
        }
        long id = repository.insert(draft);
        directoryChanged();
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
        directoryChanged();
        events.publishEvent(new AgencyDirectoryChanged(id));
        return repository.findById(id).orElseThrow();
    }
}
