package vn.dondoc.extraction.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Text of office and markup documents (DOCX, DOC, RTF, ODT, HTML) through Tika's {@link AutoDetectParser}:
 * OCR switched off (embedded images are not read), embedded documents not parsed, output capped by a
 * write limit, DOCX read by the streaming (SAX) extractor, and Tika's zip-bomb guard
 * ({@code SecureContentHandler}, installed by AutoDetectParser) on. Tika switches off POI's own zip-bomb
 * check, so zip containers first go through {@link ZipBombCheck}.
 * The parse is {@link Bounded} by the deadline.
 */
final class TikaTextExtractor {

    /** Far above any notice (200 dense pages ≈ 1 M characters). */
    static final int MAX_CHARS = 5_000_000;


    private final AutoDetectParser parser;

    TikaTextExtractor(AutoDetectParser parser) {
        this.parser = parser;
    }

    /** Text and page count (0 when unknown) of the file. */
    record Result(String text, int pages) {
    }

    Result extract(Path file, FileType type, Deadline deadline) throws DocumentException {
        if (ZipBombCheck.isZipContainer(type)) {
            ZipBombCheck.check(file, type, deadline);
        }
        return Bounded.call(deadline, () -> parse(file, type), e -> translate(e, type));
    }

    private Result parse(Path file, FileType type) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type.mediaType().toString());
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context());
        }
        Integer pages = metadata.getInt(Office.PAGE_COUNT);
        return new Result(handler.toString(), pages == null ? 0 : pages);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // streaming: a huge document.xml is never held in memory
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    static DocumentException translate(Throwable e, FileType type) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new DocumentException(DocumentException.Reason.TOO_LARGE,
                    "Nội dung văn bản quá dài (hơn " + MAX_CHARS + " ký tự)", e);
        }
        if (mentionsZipBomb(e)) {
            return new DocumentException(DocumentException.Reason.ZIP_BOMB,
                    "Tệp " + type.label() + " có tỉ lệ nén bất thường (nghi là tệp độc hại), không đọc", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new DocumentException(DocumentException.Reason.ENCRYPTED,
                        "Tệp " + type.label() + " được bảo vệ bằng mật khẩu", e);
            }
            if (t instanceof ZeroByteFileException) {
                return new DocumentException(DocumentException.Reason.EMPTY, "Tệp rỗng", e);
            }
            if (t instanceof UnsupportedFormatException) {
                return new DocumentException(DocumentException.Reason.UNSUPPORTED_TYPE,
                        "Định dạng tệp không được hỗ trợ", e);
            }
            if (t instanceof OutOfMemoryError) {
                return new DocumentException(DocumentException.Reason.TOO_LARGE,
                        "Tệp " + type.label() + " quá lớn để đọc", e);
            }
        }
        if (e instanceof TikaException || e instanceof IOException || e instanceof org.xml.sax.SAXException
                || e instanceof RuntimeException || e instanceof StackOverflowError) {
            return new DocumentException(DocumentException.Reason.CORRUPT, "Tệp " + type.label() + " bị hỏng", e);
        }
        return new DocumentException(DocumentException.Reason.IO_ERROR, "Lỗi khi đọc tệp " + type.label(), e);
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

}
