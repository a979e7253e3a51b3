package vn.dondoc.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.ExtractedNotice;
import vn.dondoc.extraction.NoticeExtractor;

class OcrKeywordTest {

    private final NoticeExtractor extractor = new NoticeExtractor(AgencyDirectory.empty());

    @Test
    void foldKeepsOffsetsAndRemovesMarks() {
        assertThat(VietnameseText.fold("Sở Tài chính")).isEqualTo("so tai chinh");
        assertThat(VietnameseText.fold("ĐẶC KHU ỦY BAN")).isEqualTo("dac khu uy ban");
        assertThat(VietnameseText.fold("Quý I/2026 – “x”")).hasSize("Quý I/2026 – “x”".length());
    }

    @Test
    void ocrAgencyHeadsAndWords() {
        ExtractedNotice n = extractor.extract("Ket luan nhu sau:\n2. Sé Khoa hgc va Cong nghé:\n"
                + "a) Chu tri, phdi hop v6i S6 Noi vy, S¢ Tai chinh xay dung ké hoach dao tao can bo.\n"
                + "b) Khan truong to chuc kiem tra, hoan thanh trong Qui 1/2027.\n");
        assertThat(n.tasks()).hasSize(2);
        assertThat(n.tasks().get(0).lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(n.tasks().get(0).support()).containsExactly("Sở Nội vụ", "Sở Tài chính");
        assertThat(n.tasks().get(1).deadline()).hasToString("2027-03-31");
    }

    @Test
    void markupIsMaskedWithSameLength() {
        String s = "## **1. Sở Tư pháp**<sup>2</sup> | x";
        String m = MarkupMask.of(s);
        assertThat(m).hasSize(s.length());
        assertThat(m.strip()).startsWith("1. Sở Tư pháp");
        assertThat(m).doesNotContain("*").doesNotContain("<sup>").doesNotContain("|");
    }
}
