package vn.dondoc.extraction.document;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/** File type by content (magic bytes, container inspection), with the file name as a hint only. */
final class FileTypeDetector {

    private final Detector detector;

    FileTypeDetector(Detector detector) {
        this.detector = detector;
    }

    FileType detect(Path file, String fileName) throws DocumentException {
        Metadata metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return FileType.of(detector.detect(in, metadata));
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(DocumentException.Reason.CORRUPT, "Không xác định được loại tệp", e);
        }
    }
}
