package vn.dondoc.extraction.document;

/** Sample texts written for these tests (fictional notice, administrative style). */
final class Notices {

    private Notices() {
    }

    static final String CONCLUSION = """
            ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
            Số: 215/TB-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Quảng Bình, ngày 02 tháng 3 năm 2026

            THÔNG BÁO
            Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng tại cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2026

            Ngày 27/02/2026, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công. Sau khi nghe báo cáo của các sở, ngành và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:

            1. Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan rà soát, tổng hợp số liệu giải ngân của từng dự án, báo cáo UBND tỉnh trước ngày 15/3/2026.
            2. Sở Xây dựng khẩn trương hoàn thiện hồ sơ điều chỉnh thiết kế các công trình giao thông trọng điểm, trình thẩm định trước ngày 20/3/2026.
            3. Sở Nông nghiệp và Môi trường hướng dẫn các địa phương đẩy nhanh công tác bồi thường, giải phóng mặt bằng; kết quả gửi về Văn phòng UBND tỉnh trước ngày 31/3/2026.
            4. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nội dung trên và báo cáo kết quả định kỳ hằng tháng.

            Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

            KT. CHÁNH VĂN PHÒNG
            PHÓ CHÁNH VĂN PHÒNG
            Trần Thị Mai
            """;

    static final String SHORT = """
            Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, báo cáo trước ngày 10/4/2026.""";

    static final String ENGLISH = """
            MINUTES OF THE QUARTERLY REVIEW MEETING
            The committee reviewed the budget and agreed to meet again next quarter.""";
}
