package vn.dondoc.extraction.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text, page by page with PDFBox: a page's text layer when it is usable ({@link TextQuality}), else
 * the page rendered at the OCR resolution and read by Tesseract.
 */
final class PdfExtractor {

    /** Cap on a rendered page (A3 at 300 dpi is 17 M pixels); bigger pages render at a lower dpi. */
    static final long MAX_PIXELS = 36_000_000L;
    private static final int TAIL_BYTES = 2048;

    record Result(String text, int pages, boolean ocr) {
    }

    Result extract(Path file, DocumentLimits limits, Deadline deadline, OcrSession ocr, OcrProgress progress,
                   List<String> warnings) throws DocumentException {
        requireComplete(file);
        PDDocument doc = Bounded.call(deadline, () -> Loader.loadPDF(file.toFile()), PdfExtractor::translate);
        try {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentException(DocumentException.Reason.CORRUPT, "Tệp PDF bị hỏng: không có trang nào");
            }
            if (pages > limits.maxPages()) {
                throw new DocumentException(DocumentException.Reason.TOO_MANY_PAGES,
                        "Tệp PDF có " + pages + " trang, vượt quá giới hạn " + limits.maxPages() + " trang");
            }
            return readPages(doc, pages, limits, deadline, ocr, progress, warnings);
        } finally {
            try {
                doc.close();
            } catch (IOException e) {
                // nothing left to do with it
            }
        }
    }

    private Result readPages(PDDocument doc, int pages, DocumentLimits limits, Deadline deadline, OcrSession ocr,
                             OcrProgress progress, List<String> warnings) throws DocumentException {
        PDFTextStripper stripper = newStripper();
        PDFRenderer renderer = new PDFRenderer(doc);
        StringBuilder text = new StringBuilder();
        boolean usedOcr = false;
        DocumentException ocrMissing = null;
        for (int number = 1; number <= pages; number++) {
            int page = number;
            String layer = Bounded.call(deadline, () -> pageText(stripper, doc, page), PdfExtractor::translate);
            String chosen = layer;
            if (!TextQuality.usable(layer)) {
                try {
                    String read = ocrPage(doc, renderer, page, limits.ocrDpi(), deadline, ocr);
                    if (TextQuality.preferOcr(layer, read)) {
                        chosen = read;
                        usedOcr = true;
                        if (TextQuality.garbled(layer) && !TextQuality.sparse(layer)) {
                            warnings.add("Trang " + page + ": lớp chữ của PDF bị lỗi phông, đã đọc lại bằng OCR");
                        }
                    }
                } catch (DocumentException e) {
                    if (e.reason() != DocumentException.Reason.OCR_UNAVAILABLE) {
                        throw e;
                    }
                    ocrMissing = e;
                    warnings.add("Trang " + page + " là ảnh quét, chưa đọc được: " + e.getMessage());
                }
            }
            if (!chosen.isBlank()) {
                text.append(chosen.strip()).append("\n\n");
            }
            progress.page(page, pages);
        }
        if (ocrMissing != null && !TextCleanup.hasText(text.toString())) {
            throw ocrMissing;
        }
        return new Result(text.toString(), pages, usedOcr);
    }

    private String ocrPage(PDDocument doc, PDFRenderer renderer, int page, int dpi, Deadline deadline,
                           OcrSession ocr) throws DocumentException {
        int renderDpi = cappedDpi(doc.getPage(page - 1).getCropBox(), dpi);
        BufferedImage image = Bounded.call(deadline,
                () -> renderer.renderImageWithDPI(page - 1, renderDpi, ImageType.GRAY), PdfExtractor::translate);
        return ocr.page(image, page, renderDpi);
    }

    static int cappedDpi(PDRectangle box, int dpi) {
        double w = box.getWidth() / 72.0 * dpi;
        double h = box.getHeight() / 72.0 * dpi;
        double pixels = w * h;
        if (pixels <= MAX_PIXELS) {
            return dpi;
        }
        return Math.max(10, (int) (dpi * Math.sqrt(MAX_PIXELS / pixels)));
    }

    private static PDFTextStripper newStripper() throws DocumentException {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static String pageText(PDFTextStripper stripper, PDDocument doc, int page) throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** A PDF ends with "%%EOF"; without it the file was cut short (an interrupted upload or copy). */
    private static void requireComplete(Path file) throws DocumentException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int n = (int) Math.min(TAIL_BYTES, length);
            byte[] tail = new byte[n];
            raf.seek(length - n);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new DocumentException(DocumentException.Reason.CORRUPT,
                        "Tệp PDF bị hỏng hoặc không đầy đủ (thiếu phần cuối tệp)");
            }
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.IO_ERROR, "Lỗi khi đọc tệp", e);
        }
    }

    static DocumentException translate(Throwable e) {
        if (e instanceof InvalidPasswordException) {
            return new DocumentException(DocumentException.Reason.ENCRYPTED, "Tệp PDF được bảo vệ bằng mật khẩu", e);
        }
        if (e instanceof OutOfMemoryError) {
            return new DocumentException(DocumentException.Reason.TOO_LARGE, "Tệp PDF quá lớn để đọc", e);
        }
        return new DocumentException(DocumentException.Reason.CORRUPT, "Tệp PDF bị hỏng", e);
    }
}
