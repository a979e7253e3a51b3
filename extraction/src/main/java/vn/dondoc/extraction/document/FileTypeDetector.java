package vn.dondoc.extraction.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * File type by content (magic bytes, container inspection), with the file name as a hint only. Tika
 * does not recognise Windows-1258 text (a third of its bytes are above 0x7F), so "unknown binary" is
 * checked once more for that.
 */
final class FileTypeDetector {

    private static final int SNIFF_BYTES = 64 * 1024;

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
            MediaType type = detector.detect(in, metadata);
            if (type.equals(MediaType.OCTET_STREAM) && looksLikeVietnameseText(file)) {
                type = MediaType.TEXT_PLAIN;
            }
            return FileType.of(type);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(DocumentException.Reason.CORRUPT, "Không xác định được loại tệp", e);
        }
    }

    private static boolean looksLikeVietnameseText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) {
                return false;
            }
        }
        return PlainTextDecoder.looksLikeWindows1258(head);
    }
}
