package vn.dondoc.extraction.structure;

import java.time.LocalDate;

/**
 * Header fields of a notice (Decree 30/2020 layout) and where its body lies.
 *
 * @param number      "452/TB-UBND", null when blank or absent
 * @param issuer      issuing body as written in the header, or null
 * @param issuedDate  date of the place/date line, null when blank
 * @param meetingDate date of the meeting from the opening paragraph, or null
 * @param chair       person who chaired, or null
 * @param title       the title line(s) after the document kind, or null
 * @param bodyFrom    index of the first body paragraph
 * @param bodyTo      index after the last body paragraph (before closing formula / "Nơi nhận")
 * @param closing     index of the closing paragraph ("Nay thông báo …"), or -1
 */
public record NoticeHeader(String number, String issuer, LocalDate issuedDate, LocalDate meetingDate, String chair,
                           String title, int bodyFrom, int bodyTo, int closing) {
}
