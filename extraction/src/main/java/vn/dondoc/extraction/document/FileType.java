package vn.dondoc.extraction.document;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** A detected file type and the path that reads it. */
record FileType(MediaType mediaType, Kind kind) {

    /** How a type is read. */
    enum Kind {
        /** PDFBox text layer, OCR for scanned pages. */
        PDF,
        /** OCR of every frame. */
        IMAGE,
        /** Our own charset detection (Windows-1258 aware). */
        PLAIN_TEXT,
        /** Tika parser (DOCX, DOC, RTF, ODT, HTML). */
        TIKA,
        /** A password-protected Office file (OOXML inside an encrypted OLE2 container). */
        ENCRYPTED_OFFICE,
        UNSUPPORTED
    }

    private static final MediaTypeRegistry REGISTRY = MediaTypeRegistry.getDefaultRegistry();
    private static final MediaType DOCX =
            MediaType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final Map<MediaType, Kind> KINDS = Map.ofEntries(
            Map.entry(MediaType.application("pdf"), Kind.PDF),
            Map.entry(DOCX, Kind.TIKA),
            Map.entry(MediaType.parse("application/vnd.ms-word.document.macroenabled.12"), Kind.TIKA),
            Map.entry(MediaType.application("msword"), Kind.TIKA),
            Map.entry(MediaType.application("rtf"), Kind.TIKA),
            Map.entry(MediaType.application("vnd.oasis.opendocument.text"), Kind.TIKA),
            Map.entry(MediaType.text("html"), Kind.TIKA),
            Map.entry(MediaType.application("xhtml+xml"), Kind.TIKA),
            Map.entry(MediaType.application("x-tika-ooxml-protected"), Kind.ENCRYPTED_OFFICE),
            Map.entry(MediaType.image("png"), Kind.IMAGE),
            Map.entry(MediaType.image("jpeg"), Kind.IMAGE),
            Map.entry(MediaType.image("tiff"), Kind.IMAGE),
            Map.entry(MediaType.image("bmp"), Kind.IMAGE),
            Map.entry(MediaType.image("gif"), Kind.IMAGE));

    static FileType of(MediaType detected) {
        MediaType base = REGISTRY.normalize(detected.getBaseType());
        Kind kind = KINDS.get(base);
        if (kind == null) {
            kind = REGISTRY.isInstanceOf(base, MediaType.TEXT_PLAIN) && !base.equals(MediaType.TEXT_HTML)
                    ? Kind.PLAIN_TEXT : Kind.UNSUPPORTED;
        }
        return new FileType(base, kind);
    }

    /** Short name for messages: "PDF", "DOCX", "ảnh PNG", … */
    String label() {
        String sub = mediaType.getSubtype().toLowerCase(Locale.ROOT);
        if (mediaType.equals(DOCX)) {
            return "DOCX";
        }
        if (sub.equals("msword")) {
            return "DOC";
        }
        if (sub.contains("opendocument")) {
            return "ODT";
        }
        if (kind == Kind.IMAGE) {
            return "ảnh " + sub.toUpperCase(Locale.ROOT);
        }
        if (kind == Kind.PLAIN_TEXT) {
            return "văn bản";
        }
        return sub.replace("xhtml+xml", "html").toUpperCase(Locale.ROOT);
    }
}
