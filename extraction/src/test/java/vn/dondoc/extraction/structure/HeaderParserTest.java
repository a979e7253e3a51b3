package vn.dondoc.extraction.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dondoc.extraction.text.MarkupMask;
import vn.dondoc.extraction.text.VietnameseText;

class HeaderParserTest {

    private static NoticeHeader parse(String text) {
        String mask = MarkupMask.of(text);
        return HeaderParser.parse(text, mask, VietnameseText.fold(mask), ParagraphSplitter.split(text, mask));
    }

    @Test
    void decree30Header() {
        NoticeHeader h = parse("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 123/TB-UBND\nBình Định, ngày 05 tháng 3 năm 2026\n"
                + "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Nguyễn Văn An tại cuộc họp về chuyển đổi số\n"
                + "Ngày 02/3/2026, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp.\n"
                + "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n1. Sở Tài chính: Rà soát kinh phí.\n"
                + "Nơi nhận:\n- Như trên;\n");
        assertThat(h.number()).isEqualTo("123/TB-UBND");
        assertThat(h.issuedDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(h.meetingDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(h.chair()).isEqualTo("Nguyễn Văn An");
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Bình Định");
    }

    @Test
    void blankNumberAndDay() {
        NoticeHeader h = parse("Số:           /TB-UBND  Quảng Ngãi, ngày      tháng 12 năm 2025\nTHÔNG BÁO\nKết luận\n");
        assertThat(h.number()).isNull();
        assertThat(h.issuedDate()).isNull();
    }

    @Test
    void ocrHeader() {
        NoticeHeader h = parse(" S6: 318 /TB-UBND Gia Lai, ngay 16 thang /1nam 2026\nTHONG BAO\n");
        assertThat(h.number()).isEqualTo("318/TB-UBND");
        assertThat(h.issuedDate()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void partyAndUppercaseTitle() {
        NoticeHeader h = parse("Số: 432-TB/VPTW\nHà Nội, ngày 26 tháng 11 năm 2025\nTHÔNG BÁO\n"
                + "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP\nNgày 24/11/2025, tại Hà Nội.\n");
        assertThat(h.number()).isEqualTo("432-TB/VPTW");
        assertThat(h.chair()).isEqualTo("Hồ Quốc Dũng");
        assertThat(h.meetingDate()).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void roleAfterTheChairIsNotAName() {
        NoticeHeader h = parse("THÔNG BÁO\nKết luận tại phiên họp Ban Chỉ đạo chuyển đổi số tỉnh\n"
                + "Ngày 04/11/2026, đồng chí Lâm Quang Thái, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì phiên họp.\n"
                + "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo kết luận như sau:\n"
                + "1. Sở Tài chính: Rà soát kinh phí.\n");
        assertThat(h.chair()).isEqualTo("Lâm Quang Thái");
    }

    @Test
    void surnameThatFoldsLikeAnInstitutionWord() {
        NoticeHeader h = parse("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh Đặng Hữu Nghĩa tại cuộc họp\n"
                + "Ngày 04/11/2026, Phó Chủ tịch UBND tỉnh Đặng Hữu Nghĩa chủ trì cuộc họp.\n"
                + "Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Sở Tài chính: Rà soát kinh phí.\n");
        assertThat(h.chair()).isEqualTo("Đặng Hữu Nghĩa");
    }

    @Test
    void twoColumnHeaderGivesTheLeftColumnAsIssuer() {
        NoticeHeader h = parse("   ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "   TỈNH QUẢNG NGÃI                 Độc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 517/TB-UBND             Quảng Ngãi, ngày 09 tháng 11 năm 2026\n\nTHÔNG BÁO\nKết luận\n");
        assertThat(h.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Ngãi");
        assertThat(h.number()).isEqualTo("517/TB-UBND");
        NoticeHeader stacked = parse("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 276/TB-UBND\nTHÔNG BÁO\n");
        assertThat(stacked.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Hà Tĩnh");
    }
}
