package vn.dondoc.extraction.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Reads a notice file into text (Unicode NFC).
 *
 * <ul>
 *   <li>Type detected from the content (Tika detector); the file name is only a hint.</li>
 *   <li>DOCX, DOC, RTF, ODT, HTML: Apache Tika, with its automatic OCR switched off.</li>
 *   <li>Plain text: UTF-8 (with or without BOM), UTF-16 (BOM), Windows-1258, else Tika's detection.</li>
 *   <li>PDF: each page's text layer; pages without usable text are rendered at
 *       {@link DocumentLimits#ocrDpi()} and OCR'd with {@code tesseract -l vie}.</li>
 *   <li>Images (PNG, JPEG, TIFF incl. multi-page, BMP, GIF): OCR, page by page.</li>
 * </ul>
 * Every read is bounded by {@link DocumentLimits}: size (checked before reading), pages, OCR time per
 * page, total time; compressed formats are guarded against zip bombs. Failures are
 * {@link DocumentException}s with a typed reason and a Vietnamese message.
 *
 * <p>Thread-safe: one instance can serve concurrent reads. OCR processes are limited JVM-wide.
 */
public final class DocumentReader {

    private static final String OCR_WARNING =
            "Văn bản được nhận dạng từ ảnh quét (OCR), cần đối chiếu với bản gốc";

    private final DocumentLimits limits;
    private final FileTypeDetector detector;
    private final TikaTextExtractor tika;
    private final PdfExtractor pdf = new PdfExtractor();
    private final ImageExtractor images = new ImageExtractor();
    private final TesseractOcr tesseract;

    /** With {@link DocumentLimits#defaults()}. */
    public DocumentReader() {
        this(DocumentLimits.defaults());
    }

    public DocumentReader(DocumentLimits limits) {
        this(limits, "tesseract");
    }

    /** For tests: another Tesseract executable (e.g. a missing one). */
    DocumentReader(DocumentLimits limits, String tesseractBinary) {
        this.limits = Objects.requireNonNull(limits, "limits");
        AutoDetectParser parser = new AutoDetectParser();
        this.detector = new FileTypeDetector(parser.getDetector());
        this.tika = new TikaTextExtractor(parser);
        this.tesseract = new TesseractOcr(tesseractBinary);
    }

    /** The limits this reader applies. */
    public DocumentLimits limits() {
        return limits;
    }

    /**
     * Reads a file.
     *
     * @param file     the notice file
     * @param progress told after each page of a PDF or image ("page i of n"), on the calling thread;
     *                 {@code null} for none
     * @throws DocumentException when the file is empty, too large, damaged, encrypted, of an unsupported
     *                           type, takes too long, needs OCR that is not installed, or holds no text
     */
    public DocumentText read(Path file, OcrProgress progress) throws DocumentException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return read(file, name == null ? "" : name.toString(), progress, Deadline.after(limits.totalTimeout()));
    }

    /**
     * Reads a stream (an upload). At most {@link DocumentLimits#maxBytes()} + 1 bytes are taken from it,
     * through a small buffer into a temporary file that is deleted afterwards. The stream is not closed.
     *
     * @param fileName the original file name, used as a type hint only; may be {@code null}
     * @see #read(Path, OcrProgress)
     */
    public DocumentText read(InputStream in, String fileName, OcrProgress progress) throws DocumentException {
        Objects.requireNonNull(in, "in");
        Deadline deadline = Deadline.after(limits.totalTimeout());
        Path temp = null;
        try {
            temp = Files.createTempFile("dondoc-upload-", ".bin");
            copyBounded(in, temp, deadline);
            return read(temp, fileName == null ? "" : fileName, progress, deadline);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.IO_ERROR, "Lỗi khi nhận tệp", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private DocumentText read(Path file, String fileName, OcrProgress progress, Deadline deadline)
            throws DocumentException {
        checkSize(file);
        FileType type = detector.detect(file, fileName);
        OcrProgress listener = progress == null ? OcrProgress.none() : progress;
        List<String> warnings = new ArrayList<>();
        String text;
        int pages;
        boolean ocr = false;
        switch (type.kind()) {
            case PLAIN_TEXT -> {
                text = PlainTextDecoder.decode(readAll(file));
                pages = 0;
                if (text.length() > TikaTextExtractor.MAX_CHARS) {
                    throw new DocumentException(DocumentException.Reason.TOO_LARGE,
                            "Nội dung văn bản quá dài (hơn " + TikaTextExtractor.MAX_CHARS + " ký tự)");
                }
            }
            case TIKA -> {
                TikaTextExtractor.Result r = tika.extract(file, type, deadline);
                text = r.text();
                pages = r.pages();
            }
            case PDF, IMAGE -> {
                OcrResult r = readWithOcr(file, type, listener, warnings, deadline);
                text = r.text();
                pages = r.pages();
                ocr = r.ocr();
            }
            case ENCRYPTED_OFFICE -> throw new DocumentException(DocumentException.Reason.ENCRYPTED,
                    "Tệp Word/Office được bảo vệ bằng mật khẩu");
            default -> throw new DocumentException(DocumentException.Reason.UNSUPPORTED_TYPE,
                    "Định dạng tệp không được hỗ trợ (" + type.mediaType()
                            + "); hãy gửi PDF, DOCX, DOC, RTF, ODT, HTML, TXT hoặc ảnh quét");
        }
        String clean = TextCleanup.clean(text);
        if (!TextCleanup.hasText(clean)) {
            throw new DocumentException(DocumentException.Reason.NO_TEXT,
                    "Không tìm thấy chữ nào trong tệp " + type.label());
        }
        if (ocr) {
            warnings.add(0, OCR_WARNING);
        }
        return new DocumentText(clean, type.mediaType().toString(), pages, ocr, warnings);
    }

    private record OcrResult(String text, int pages, boolean ocr) {
    }

    private OcrResult readWithOcr(Path file, FileType type, OcrProgress progress, List<String> warnings,
                                  Deadline deadline) throws DocumentException {
        try (OcrSession session = new OcrSession(tesseract, limits, deadline, warnings)) {
            OcrResult result;
            if (type.kind() == FileType.Kind.PDF) {
                PdfExtractor.Result r = pdf.extract(file, limits, deadline, session, progress, warnings);
                result = new OcrResult(r.text(), r.pages(), r.ocr());
            } else {
                ImageExtractor.Result r = images.extract(file, type, limits, deadline, session, progress);
                result = new OcrResult(r.text(), r.pages(), true);
            }
            if (session.firstFailure() != null && !TextCleanup.hasText(result.text())) {
                throw session.firstFailure(); // nothing read, and why is known: better than NO_TEXT
            }
            return result;
        }
    }

    private void checkSize(Path file) throws DocumentException {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DocumentException(DocumentException.Reason.IO_ERROR, "Không tìm thấy tệp");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(DocumentException.Reason.IO_ERROR, "Không tìm thấy tệp", e);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.IO_ERROR, "Lỗi khi đọc tệp", e);
        }
        if (size == 0) {
            throw new DocumentException(DocumentException.Reason.EMPTY, "Tệp rỗng");
        }
        if (size > limits.maxBytes()) {
            throw tooLarge();
        }
    }

    private byte[] readAll(Path file) throws DocumentException {
        try {
            return Files.readAllBytes(file); // size already checked against maxBytes
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.IO_ERROR, "Lỗi khi đọc tệp", e);
        }
    }

    private void copyBounded(InputStream in, Path target, Deadline deadline) throws IOException, DocumentException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
                deadline.check();
            }
        }
    }

    private DocumentException tooLarge() {
        return new DocumentException(DocumentException.Reason.TOO_LARGE,
                "Tệp vượt quá " + limits.maxSizeText());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the OS cleans its temp folder
        }
    }
}
