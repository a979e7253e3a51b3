package vn.dondoc.app.agencies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.AgencyMatch;
import vn.dondoc.extraction.text.VietnameseText;

/**
 * Resolves a written mention to an agency or group of the database directory; the extraction engine
 * uses it as its {@link AgencyDirectory}. Reloaded whenever an admin changes the directory.
 */
@Component
public class AgencyLookup implements AgencyDirectory {

    private final AgencyService agencies;
    private volatile Map<String, Agency> byFoldedName;

    AgencyLookup(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public Optional<AgencyMatch> resolve(String mention) {
        Agency a = index().get(VietnameseText.fold(mention).trim());
        return Optional.ofNullable(a).map(x -> new AgencyMatch(x.code(), x.name(), x.kind(), x.group(), 1.0));
    }

    @EventListener
    void onChange(AgencyDirectoryChanged event) {
        byFoldedName = null;
    }

    private Map<String, Agency> index() {
        Map<String, Agency> idx = byFoldedName;
        if (idx == null) {
            idx = new HashMap<>();
            List<Agency> all = agencies.all();
            for (Agency a : all) {
                if (!a.active()) {
                    continue;
                }
                idx.putIfAbsent(VietnameseText.fold(a.name()), a);
                for (String alias : a.aliases()) {
                    idx.putIfAbsent(VietnameseText.fold(alias), a);
                }
            }
            byFoldedName = idx;
        }
        return idx;
    }
}
