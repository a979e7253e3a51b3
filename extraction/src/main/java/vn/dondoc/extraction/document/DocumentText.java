package vn.dondoc.extraction.document;

import java.util.List;

/**
 * Text read from a notice file.
 *
 * @param text      the document text, Unicode NFC
 * @param mediaType detected media type ("application/pdf", "image/png", …)
 * @param pages     number of pages when known, else 0
 * @param ocr       true when (part of) the text came from OCR
 * @param warnings  Vietnamese warnings for the reviewer (e.g. "Trang 3 không đọc được")
 */
public record DocumentText(String text, String mediaType, int pages, boolean ocr, List<String> warnings) {
    public DocumentText {
        warnings = List.copyOf(warnings);
    }
}
