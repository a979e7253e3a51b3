package vn.dondoc.app.notices;

/** A conclusion notice written for the review tests, in the style of the provincial notices. */
public final class ReviewNotice {

    /** The notice with its number left as {@code %s}. */
    public static final String TEXT = """
            ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NGÃI                              Độc lập - Tự do - Hạnh phúc
            Số: %s/TB-UBND                          Quảng Ngãi, ngày 20 tháng 11 năm 2026

            THÔNG BÁO
            Kết luận của Phó Chủ tịch UBND tỉnh Lê Thị Hoa tại cuộc họp về triển khai nền tảng
            số dùng chung của tỉnh

            Ngày 17/11/2026, Phó Chủ tịch UBND tỉnh Lê Thị Hoa chủ trì cuộc họp về triển khai nền tảng số dùng
            chung của tỉnh. Sau khi nghe Sở Khoa học và Công nghệ báo cáo và ý kiến của các đại biểu, Phó Chủ tịch
            UBND tỉnh kết luận như sau:

            1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng Kế hoạch triển khai nền tảng số
            dùng chung giai đoạn 2027 - 2030, trình UBND tỉnh trước ngày 31/12/2026.

            2. Giao Sở Nội vụ chủ trì rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính trên nền tảng
            số; báo cáo kết quả định kỳ hằng quý.

            3. Công an tỉnh chủ trì bảo đảm an ninh, an toàn thông tin cho nền tảng số dùng chung; thực hiện thường xuyên.

            4. Các sở, ban, ngành, địa phương cập nhật dữ liệu chuyên ngành lên nền tảng số dùng chung, hoàn thành
            trong Quý II/2027. Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/7/2027.

            Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            """;

    private ReviewNotice() {
    }

    /** A document number nobody else uses in this test run. */
    public static String uniqueNumber() {
        return String.valueOf(1000 + (System.nanoTime() / 1000) % 8000);
    }
}
