package vn.dondoc.app.notices;

import java.time.LocalDate;

/**
 * The header of a notice as the secretariat corrects it on the review page. Blank texts are kept as null.
 *
 * @param number document number ("452/TB-UBND") or null
 * @param issuer issuing body ("UBND tỉnh Quảng Ngãi") or null
 */
public record ReviewedHeader(String number, String issuer, LocalDate issuedDate, LocalDate meetingDate, String chair,
                             String title) {

    public ReviewedHeader {
        number = blankToNull(number);
        issuer = blankToNull(issuer);
        chair = blankToNull(chair);
        title = blankToNull(title);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
