package vn.dondoc.app.agencies;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.AgencyMatch;

/**
 * The database agency directory as the extraction engine's {@link AgencyDirectory}: resolves a written
 * mention — with or without diacritics, abbreviated, OCR-damaged — to an agency or a group, with a score.
 */
@Component
public class AgencyLookup implements AgencyDirectory {

    private final AgencyService agencies;

    AgencyLookup(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public Optional<AgencyMatch> resolve(String mention) {
        return agencies.resolve(mention);
    }
}
