package vn.dondoc.extraction.structure;

/**
 * One logical paragraph of a notice (lines joined across PDF breaks).
 *
 * @param start     offset of the first character (the marker if any)
 * @param end       offset after the last character
 * @param bodyStart offset of the text after the marker
 * @param type      the marker kind
 * @param label     the marker as written, normalised ("II", "2", "1.1", "đ", "(i)", "-", "+"); "" for none
 * @param heading   true when the paragraph looks like a heading (Markdown heading, capitals, bold line,
 *                  ends with ':' or is a short line without final punctuation)
 */
public record Paragraph(int start, int end, int bodyStart, MarkerType type, String label, boolean heading) {
}
