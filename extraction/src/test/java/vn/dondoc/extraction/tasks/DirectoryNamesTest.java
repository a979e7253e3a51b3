package vn.dondoc.extraction.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.ExtractedTask;
import vn.dondoc.extraction.NoticeExtractor;
import vn.dondoc.extraction.agency.CsvAgencyDirectory;

/** Agencies without a head noun (enterprises named by brand) are found where an agency is expected. */
class DirectoryNamesTest {

    private static final NoticeExtractor EXTRACTOR = new NoticeExtractor(CsvAgencyDirectory.loadDefault());

    private static List<ExtractedTask> tasks(NoticeExtractor extractor, String body) {
        return extractor.extract("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Nguyễn Văn An\n"
                + "Ngày 02/3/2026, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp.\n"
                + "Chủ tịch UBND tỉnh kết luận như sau:\n" + body).tasks();
    }

    @Test
    void enterprisesInSupportLists() {
        List<ExtractedTask> t = tasks(EXTRACTOR, "1. Sở Khoa học và Công nghệ:\n"
                + "a) Chủ trì, phối hợp với VNPT Quảng Ngãi, Viettel Quảng Ngãi rà soát vùng lõm sóng.\n"
                + "b) Chủ trì, phối hợp với Sở Tài chính lập dự toán; phối hợp với Viettel Quảng Ngãi triển khai "
                + "thanh toán số.\n"
                + "c) Chủ trì, phối hợp với MobiFone Quảng Ngãi và PC Quảng Ngãi bảo đảm nguồn điện cho trạm phát sóng.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1.a", "1.b", "1.c");
        assertThat(t.get(0).support()).containsExactly("VNPT Quảng Ngãi", "Viettel Quảng Ngãi");
        assertThat(t.get(1).support()).containsExactly("Sở Tài chính", "Viettel Quảng Ngãi");
        assertThat(t.get(2).support()).containsExactly("MobiFone Quảng Ngãi", "PC Quảng Ngãi");
    }

    @Test
    void enterprisesAsLeadsWithOrWithoutARequestWord() {
        List<ExtractedTask> t = tasks(EXTRACTOR,
                "1. Đề nghị VNPT Quảng Ngãi, Viettel Quảng Ngãi: Bố trí nhân lực kỹ thuật hỗ trợ các xã.\n"
                + "2. VNPT Quảng Ngãi: Nâng cấp đường truyền số liệu chuyên dùng.\n"
                + "3. Đề nghị Bưu điện tỉnh: Phối hợp với Hội Liên hiệp Phụ nữ tỉnh hướng dẫn người dân nộp hồ sơ "
                + "trực tuyến.\n"
                + "4. Giao VNPT Quảng Ngãi chủ trì, phối hợp với Viettel Quảng Ngãi xây dựng phương án dự phòng.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1", "2", "3", "4");
        assertThat(t.get(0).lead()).containsExactly("VNPT Quảng Ngãi", "Viettel Quảng Ngãi");
        assertThat(t.get(0).content()).startsWith("Bố trí nhân lực");
        assertThat(t.get(1).lead()).containsExactly("VNPT Quảng Ngãi");
        assertThat(t.get(1).content()).startsWith("Nâng cấp");
        assertThat(t.get(2).lead()).containsExactly("Bưu điện tỉnh Quảng Ngãi");
        assertThat(t.get(2).support()).containsExactly("Hội Liên hiệp Phụ nữ tỉnh");
        assertThat(t.get(2).content()).startsWith("Phối hợp với");
        assertThat(t.get(3).lead()).containsExactly("VNPT Quảng Ngãi");
        assertThat(t.get(3).support()).containsExactly("Viettel Quảng Ngãi");
        assertThat(t.get(3).content()).startsWith("Giao VNPT Quảng Ngãi chủ trì");
    }

    @Test
    void capitalisedWordsTheDirectoryDoesNotKnowAreNotAgencies() {
        List<ExtractedTask> t = tasks(EXTRACTOR, "1. Sở Nội vụ chủ trì, phối hợp với Tổ Công tác Đặc biệt rà soát "
                + "hồ sơ cán bộ.\n");
        assertThat(t.get(0).support()).isEmpty();
        // without a directory, the brand is only recognised as an acronym after "phối hợp với"
        List<ExtractedTask> bare = tasks(new NoticeExtractor(AgencyDirectory.empty()),
                "1. Sở Nội vụ chủ trì, phối hợp với Viettel Quảng Ngãi rà soát hồ sơ cán bộ.\n");
        assertThat(bare.get(0).support()).isEmpty();
    }
}
