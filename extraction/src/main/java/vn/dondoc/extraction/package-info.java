/**
 * dondoc extraction: Vietnamese meeting-conclusion notices ("thông báo kết luận") and directive letters to
 * tasks.
 *
 * <p>Entry points: {@link vn.dondoc.extraction.NoticeExtractor#extract(String)} (thread-safe, no I/O)
 * returning {@link vn.dondoc.extraction.ExtractedNotice} with {@link vn.dondoc.extraction.ExtractedTask}s,
 * and {@link vn.dondoc.extraction.ExtractionJson} for the samples JSON schema. Agency names are resolved
 * through an {@link vn.dondoc.extraction.AgencyDirectory}; without one they are normalised as written.
 *
 * <p>Packages: {@code text} (folding, markup mask, syllables), {@code structure} (paragraphs, outline
 * markers, header), {@code deadline} (deadline phrases, recurrence), {@code tasks} (agency mentions and
 * the annotation rules), {@code cli} (command line).
 */
package vn.dondoc.extraction;
