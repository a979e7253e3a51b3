package vn.dondoc.app.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code dondoc.reporting.*}: the issuing agency of the Decree 30/2020 header, place, signer,
 * recipients, and the schedule of the periodic progress report.
 *
 * @param parentAgency  line above the agency ("UBND TỈNH QUẢNG NGÃI")
 * @param agency        issuing agency ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
 * @param agencyCode    abbreviation in "Số: …/BC-<code>"
 * @param place         place of the date line ("Quảng Ngãi")
 * @param signerTitle   title above the signature
 * @param recipients    "Nơi nhận" lines
 * @param everyDays     period of the scheduled report (default 14: every two weeks); 0 switches it off
 * @param scheduleCron  when the scheduler checks whether the periodic report is due (default 07:00 daily)
 * @param scheduleFormat format of the scheduled report
 */
@ConfigurationProperties("dondoc.reporting")
record ReportSettings(String parentAgency, String agency, String agencyCode, String place, String signerTitle,
                      List<String> recipients, Integer everyDays, String scheduleCron, ReportFormat scheduleFormat) {

    ReportSettings {
        parentAgency = parentAgency == null ? "UBND TỈNH QUẢNG NGÃI" : parentAgency;
        agency = agency == null ? "SỞ KHOA HỌC VÀ CÔNG NGHỆ" : agency;
        agencyCode = agencyCode == null ? "SKHCN" : agencyCode;
        place = place == null ? "Quảng Ngãi" : place;
        signerTitle = signerTitle == null ? "GIÁM ĐỐC" : signerTitle;
        recipients = recipients == null ? List.of("Thường trực Tỉnh ủy (để b/c);", "Chủ tịch, các PCT UBND tỉnh (để b/c);",
                "Văn phòng UBND tỉnh;", "Các sở, ban, ngành, địa phương;", "Lưu: VT.") : recipients;
        everyDays = everyDays == null ? 14 : everyDays;
        scheduleCron = scheduleCron == null ? "0 0 7 * * *" : scheduleCron;
        scheduleFormat = scheduleFormat == null ? ReportFormat.DOCX : scheduleFormat;
    }
}
