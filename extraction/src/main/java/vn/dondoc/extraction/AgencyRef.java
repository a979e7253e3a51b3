package vn.dondoc.extraction;

/**
 * An agency named as lead or support of a task.
 *
 * @param name     canonical directory name when resolved, else the name as written (normalised: UBND →
 *                 Ủy ban nhân dân, KH&CN → Khoa học và Công nghệ, OCR words restored)
 * @param written  the mention as it appears in the text
 * @param code     directory code, or null when unresolved
 * @param group    true for group assignees ("Các sở, ban, ngành, địa phương")
 * @param resolved true when the directory matched the mention
 */
public record AgencyRef(String name, String written, String code, boolean group, boolean resolved) {
}
