package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.tasks.EvidenceService;
import vn.dondoc.app.tasks.web.Downloads;

/** Downloading evidence files (whoever sees the assignment). */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Minh chứng")
class EvidenceApi {

    private final EvidenceService evidence;

    EvidenceApi(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tải tệp minh chứng")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Downloads.attachment(evidence.download(id));
    }
}
