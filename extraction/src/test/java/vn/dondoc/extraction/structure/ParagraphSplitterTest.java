package vn.dondoc.extraction.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dondoc.extraction.text.MarkupMask;

class ParagraphSplitterTest {

    private static List<String> paragraphs(String text) {
        String mask = MarkupMask.of(text);
        return ParagraphSplitter.split(text, mask).stream()
                .map(p -> text.substring(p.start(), p.end()).replaceAll("\\s+", " ")).toList();
    }

    @Test
    void joinsPdfLineBreaksAcrossBlankLines() {
        String text = "Ngày 24/12/2025, đồng chí Trần Phước \n\nHiền chủ trì cuộc họp giao ban Nghị quyết số 57-\n\nNQ/TW.\n\n"
                + "1. Các sở, ban, ngành:\n\n- Theo chức năng triển khai kịp thời nội dung tại \n\nThông báo số 452/TB-UBND.\n\n"
                + "- Xây dựng Kế hoạch.\n";
        assertThat(paragraphs(text)).containsExactly(
                "Ngày 24/12/2025, đồng chí Trần Phước Hiền chủ trì cuộc họp giao ban Nghị quyết số 57- NQ/TW.",
                "1. Các sở, ban, ngành:",
                "- Theo chức năng triển khai kịp thời nội dung tại Thông báo số 452/TB-UBND.",
                "- Xây dựng Kế hoạch.");
    }

    @Test
    void markdownHeadingsStandAlone() {
        String text = "#### **a) Về khoa học, công nghệ**\n\nChủ động đề xuất các nhiệm vụ.\n";
        List<Paragraph> ps = ParagraphSplitter.split(text, MarkupMask.of(text));
        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).type()).isEqualTo(MarkerType.LETTER);
        assertThat(ps.get(0).heading()).isTrue();
        assertThat(ps.get(1).type()).isEqualTo(MarkerType.NONE);
    }

    @Test
    void footnotesAreNotParagraphs() {
        String text = "- Rà soát theo quy định<sup>1</sup>.\n\n<sup>1</sup> Nghị định số 45/2026/NĐ-CP.\n\n## 2. Sở Tư pháp\n";
        assertThat(paragraphs(text)).hasSize(2);
    }

    @Test
    void hardWrappedWebText() {
        String text = "**1. Thủ\ntrưởng các cơ quan thuộc Bộ**\n- Nghiên cứu, tham mưu Lãnh\nđạo Bộ:\n+ Các chính sách\nmới.\n";
        List<String> ps = paragraphs(text);
        assertThat(ps).hasSize(3);
        assertThat(ps.get(1)).isEqualTo("- Nghiên cứu, tham mưu Lãnh đạo Bộ:");
    }

    @Test
    void boldMarkedLineWithoutColonIsAHeadingOfItsOwn() {
        String text = "**đ) Sở Văn hóa, Thể thao và Du lịch**\n\nHoàn thiện ứng dụng du lịch thông minh.\n"
                + "**e) Sở Tư pháp** chủ trì rà soát văn bản\nquy phạm pháp luật.\n";
        List<Paragraph> ps = ParagraphSplitter.split(text, MarkupMask.of(text));
        assertThat(paragraphs(text)).containsExactly("đ) Sở Văn hóa, Thể thao và Du lịch",
                "Hoàn thiện ứng dụng du lịch thông minh.", "e) Sở Tư pháp** chủ trì rà soát văn bản quy phạm pháp luật.");
        assertThat(ps.get(0).heading()).isTrue();
        assertThat(ps.get(0).label()).isEqualTo("đ");
    }
}
