package vn.dondoc.app.agencies;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.extraction.agency.AgencyEntry;
import vn.dondoc.extraction.agency.CsvAgencyDirectory;

/**
 * Seeds the directory from the CSV files shipped with the extraction library, once per seed version:
 * an admin's later edits are never overwritten, and codes already present are skipped.
 */
@Component
@Order(10)
class AgencySeeder implements ApplicationRunner {

    static final String SEED = "agencies-csv-v1";
    private static final Logger log = LoggerFactory.getLogger(AgencySeeder.class);

    private final AgencyRepository repository;
    private final AgencyService service;

    AgencySeeder(AgencyRepository repository, AgencyService service) {
        this.repository = repository;
        this.service = service;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.seedApplied(SEED)) {
            return;
        }
        List<AgencyEntry> entries = CsvAgencyDirectory.loadDefault().entries();
        int added = 0;
        for (AgencyEntry e : entries) {
            if (repository.codeTaken(e.code())) {
                continue;
            }
            repository.insert(new AgencyDraft(e.code(), e.name(), e.kind(), e.shortName(), e.aliases(), e.group(),
                    e.memberSpec().isEmpty() ? null : String.join("|", e.memberSpec()), e.unspecified(), true));
            added++;
        }
        repository.markSeedApplied(SEED);
        service.directoryChanged();
        log.info("Đã nạp danh bạ cơ quan, đơn vị: {} mục", added);
    }
}
