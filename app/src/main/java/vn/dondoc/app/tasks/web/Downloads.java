package vn.dondoc.app.tasks.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dondoc.app.tasks.EvidenceService;

/**
 * Evidence downloads: always as an attachment with the original (UTF-8) name, never rendered inline, so a file
 * an agency uploaded cannot run in another user's browser.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(EvidenceService.Download d) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .body(d.content());
    }
}
