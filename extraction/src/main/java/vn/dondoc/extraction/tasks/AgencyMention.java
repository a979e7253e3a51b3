package vn.dondoc.extraction.tasks;

/**
 * An agency named in the text.
 *
 * @param start      offset of the first char
 * @param end        offset after the last char
 * @param firstToken index of the first token
 * @param lastToken  index of the last token (inclusive)
 * @param name       normalised name (abbreviations expanded, OCR words restored)
 * @param group      true for group assignees ("các sở, ban, ngành")
 */
record AgencyMention(int start, int end, int firstToken, int lastToken, String name, boolean group) {
}
