package vn.dondoc.extraction.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.ExtractedNotice;
import vn.dondoc.extraction.ExtractedTask;
import vn.dondoc.extraction.NoticeExtractor;

/** Annotation rules on small synthetic notices. */
class TaskRulesTest {

    private final NoticeExtractor extractor = new NoticeExtractor(AgencyDirectory.empty());

    private List<ExtractedTask> tasks(String body) {
        ExtractedNotice n = extractor.extract("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Nguyễn Văn An\n"
                + "Ngày 02/3/2026, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp.\n"
                + "Chủ tịch UBND tỉnh kết luận như sau:\n" + body);
        return n.tasks();
    }

    @Test
    void headingAssigneeLeadsLetteredItemsWithSupportAndDeadline() {
        List<ExtractedTask> t = tasks("1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan "
                + "(hoàn thành trong Quý II/2026):\n"
                + "a) Rà soát quy hoạch các khu dân cư.\n"
                + "b) Trình UBND tỉnh Đề án phát triển nhà ở, hoàn thành trước ngày 15/4/2026.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1.a", "1.b");
        assertThat(t.get(0).lead()).containsExactly("Sở Xây dựng");
        assertThat(t.get(0).support()).containsExactly("Sở Tài chính", "các cơ quan liên quan");
        assertThat(t.get(0).deadline()).hasToString("2026-06-30");
        assertThat(t.get(1).deadline()).hasToString("2026-04-15");
        assertThat(t.get(1).product()).isEqualTo("Đề án");
    }

    @Test
    void labelIsDroppedAndSeveralLeadsKept() {
        List<ExtractedTask> t = tasks("2. Sở Nội vụ, Sở Tư pháp: Khẩn trương hoàn thiện hồ sơ thành lập Hội đồng.\n");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).lead()).containsExactly("Sở Nội vụ", "Sở Tư pháp");
        assertThat(t.get(0).content()).startsWith("Khẩn trương");
    }

    @Test
    void sentenceSubjectAndDashItemsUnderGroupHeading() {
        List<ExtractedTask> t = tasks("1. Các sở, ban, ngành, địa phương:\n- Rà soát thủ tục hành chính.\n"
                + "- UBND các xã, phường chủ động cập nhật dữ liệu dân cư.\n"
                + "2. Công an tỉnh chủ trì, phối hợp với Sở Y tế triển khai cấp căn cước.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1.1", "1.2", "2");
        assertThat(t.get(0).lead()).containsExactly("Các sở, ban, ngành, địa phương");
        assertThat(t.get(1).lead()).containsExactly("Ủy ban nhân dân các xã, phường");
        assertThat(t.get(2).lead()).containsExactly("Công an tỉnh");
        assertThat(t.get(2).support()).containsExactly("Sở Y tế");
    }

    @Test
    void sharedPrefixListGivesOneLeadPerMember() {
        List<ExtractedTask> t = tasks("3. Các Bộ: Tài chính, Văn hóa, Thể thao và Du lịch, Tư pháp khẩn trương rà soát "
                + "các quy định liên quan.\n");
        assertThat(t.get(0).lead()).containsExactly("Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tư pháp");
    }

    @Test
    void paragraphDirectingAnotherAgencyIsSplit() {
        List<ExtractedTask> t = tasks("1. Sở Tài chính tổng hợp nhu cầu kinh phí của các đơn vị, trước ngày 10/5/2026. "
                + "Trên cơ sở đó, Sở Kế hoạch và Đầu tư thẩm định, báo cáo UBND tỉnh trước ngày 20/5/2026.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1#1", "1#2");
        assertThat(t.get(0).lead()).containsExactly("Sở Tài chính");
        assertThat(t.get(0).deadline()).hasToString("2026-05-10");
        assertThat(t.get(1).lead()).containsExactly("Sở Kế hoạch và Đầu tư");
        assertThat(t.get(1).deadline()).hasToString("2026-05-20");
    }

    @Test
    void assessmentsApprovalsAndIssuerActsAreNotTasks() {
        List<ExtractedTask> t = tasks("I. ĐÁNH GIÁ CHUNG\nCác sở đã rà soát, xây dựng kế hoạch đúng tiến độ.\n"
                + "II. NHIỆM VỤ\n1. UBND tỉnh sẽ tổ chức hội nghị sơ kết vào tháng 6/2026.\n"
                + "2. Sở Công Thương: Xây dựng phương án cấp điện, hoàn thành trong tháng 5/2026.\n"
                + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("II.2");
        assertThat(t.get(0).deadline()).hasToString("2026-05-31");
    }

    @Test
    void closingSentenceDeadlineAppliesToUndatedTasks() {
        List<ExtractedTask> t = tasks("1. Sở Y tế: Kiểm tra các cơ sở khám bệnh.\n"
                + "2. Sở Giáo dục và Đào tạo: Rà soát trường lớp, hoàn thành trong tháng 7/2026.\n"
                + "Các cơ quan, đơn vị được giao nhiệm vụ tại Thông báo này khẩn trương triển khai, "
                + "hoàn thành trước ngày 30/9/2026.\n");
        assertThat(t).hasSize(2);
        assertThat(t.get(0).deadline()).hasToString("2026-09-30");
        assertThat(t.get(1).deadline()).hasToString("2026-07-31");
    }

    @Test
    void provinceOfACentralNoticeAndNamedUnits() {
        ExtractedNotice n = extractor.extract("THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ Lê Văn Bình tại buổi làm "
                + "việc với lãnh đạo tỉnh Gia Lai\nSau khi nghe lãnh đạo tỉnh Gia Lai báo cáo, Phó Thủ tướng kết luận như sau:\n"
                + "1. Tỉnh tập trung rà soát quy hoạch sử dụng đất, báo cáo Thủ tướng Chính phủ.\n"
                + "2. Bộ Nông nghiệp và Môi trường phối hợp với các tỉnh Đắk Lắk, Khánh Hòa xây dựng vùng nguyên liệu.\n");
        assertThat(n.tasks().get(0).lead()).containsExactly("Ủy ban nhân dân tỉnh Gia Lai");
        assertThat(n.tasks().get(1).support())
                .containsExactly("Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa");
    }

    @Test
    void recurrenceAndStanding() {
        List<ExtractedTask> t = tasks("1. Văn phòng UBND tỉnh: Định kỳ hằng tháng báo cáo kết quả thực hiện.\n"
                + "2. Thanh tra tỉnh: Thường xuyên theo dõi, đôn đốc việc thực hiện.\n");
        assertThat(t.get(0).recurrence()).isEqualTo("P1M");
        assertThat(t.get(0).lead()).containsExactly("Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(t.get(1).standing()).isTrue();
        assertThat(t.get(1).deadline()).isNull();
    }

    @Test
    void unresolvedDeadlineKeepsPhraseAndWarns() {
        List<ExtractedTask> t = tasks("1. Sở Công Thương: Bảo đảm nguồn cung hàng hóa, hoàn thành trước Tết Nguyên đán.\n");
        assertThat(t.get(0).deadline()).isNull();
        assertThat(t.get(0).deadlineText()).isEqualTo("trước Tết Nguyên đán");
        assertThat(t.get(0).warnings()).anyMatch(w -> w.contains("không quy đổi"));
    }

    @Test
    void branchesMassOrganisationsAndPostAreNamedWithoutADirectory() {
        List<ExtractedTask> t = tasks("1. Sở Công Thương chủ trì, phối hợp với Thống kê tỉnh, Hiệp hội Doanh nghiệp tỉnh "
                + "xây dựng bộ chỉ số thương mại điện tử.\n"
                + "2. Sở Nội vụ chủ trì, phối hợp với Trường Đại học Phạm Văn Đồng, Tỉnh đoàn tổ chức Ngày hội việc làm.\n"
                + "3. Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Bưu điện tỉnh truyền thông về khám sức khỏe.\n"
                + "4. Tỉnh Đoàn chủ trì, phối hợp với Hội Nông dân tỉnh phát động phong trào thanh niên khởi nghiệp.\n");
        assertThat(t).hasSize(4);
        assertThat(t.get(0).support()).containsExactly("Thống kê tỉnh", "Hiệp hội Doanh nghiệp tỉnh");
        assertThat(t.get(1).support()).containsExactly("Trường Đại học Phạm Văn Đồng", "Tỉnh đoàn");
        assertThat(t.get(2).support()).containsExactly("Hội Liên hiệp Phụ nữ tỉnh", "Bưu điện tỉnh");
        assertThat(t.get(3).lead()).containsExactly("Tỉnh đoàn");
        assertThat(t.get(3).support()).containsExactly("Hội Nông dân tỉnh");
    }

    @Test
    void wordsThatFoldLikeTinhOrNameHeadsAreNotAgencies() {
        List<ExtractedTask> t = tasks("1. Sở Tài chính:\n"
                + "a) Thống kê tình hình giải ngân vốn đầu tư công của các dự án.\n"
                + "b) Tính toán nhu cầu vốn đối ứng, báo cáo UBND tỉnh.\n"
                + "c) Thanh toán dứt điểm các khoản nợ đọng xây dựng cơ bản.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1.a", "1.b", "1.c");
        assertThat(t).allSatisfy(x -> assertThat(x.lead()).containsExactly("Sở Tài chính"));
    }

    @Test
    void subItemAboutAssignedTasksWithItsOwnActionIsATaskNotTheClosing() {
        List<ExtractedTask> t = tasks("1. Các sở, ban, ngành, địa phương:\n"
                + "a) Rà soát danh mục thủ tục hành chính, hoàn thành trước ngày 31/12/2026.\n"
                + "b) Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ, chất lượng các "
                + "nhiệm vụ được giao; gửi báo cáo kết quả về Sở Nội vụ trước ngày 20/12/2026.\n"
                + "2. Sở Y tế: Kiểm tra các cơ sở khám bệnh.\n");
        assertThat(t).extracting(ExtractedTask::ref).containsExactly("1.a", "1.b", "2");
        assertThat(t.get(1).lead()).containsExactly("Thủ trưởng các cơ quan, đơn vị");
        assertThat(t.get(1).deadline()).hasToString("2026-12-20");
        // its deadline is not a closing deadline for the undated task
        assertThat(t.get(2).deadline()).isNull();
    }

    @Test
    void provinceOfTheNoticeIsNotTheNameAfterALeadersTitle() {
        ExtractedNotice n = extractor.extract("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh Võ Minh Khôi tại cuộc họp\n"
                + "Ngày 02/3/2026, Phó Chủ tịch UBND tỉnh Võ Minh Khôi chủ trì cuộc họp với lãnh đạo tỉnh Gia Lai.\n"
                + "Phó Chủ tịch UBND tỉnh Võ Minh Khôi kết luận như sau:\n"
                + "1. Tỉnh tập trung rà soát quy hoạch sử dụng đất.\n");
        assertThat(n.tasks().get(0).lead()).containsExactly("Ủy ban nhân dân tỉnh Gia Lai");
    }
}
