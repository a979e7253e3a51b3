package vn.dondoc.app.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Downloads: RFC 5987 name with an ASCII fallback, never a header a file name could break, a media type always. */
class FileDownloadsTest {

    @Test
    void vietnameseNamesGoAsFilenameStarWithAnAsciiFallback() {
        assertThat(FileDownloads.contentDisposition("Báo cáo Đề án 06 (bản cuối).pdf")).isEqualTo(
                "attachment; filename=\"Bao cao De an 06 (ban cuoi).pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BB%81%20%C3%A1n%2006%20%28b%E1%BA%A3n%20cu%E1%BB%91i%29.pdf");
    }

    @Test
    void quotesLineBreaksAndSemicolonsCannotBreakTheHeader() {
        String header = FileDownloads.contentDisposition("a\"; filename=evil.html\r\nX-Injected: 1;b.pdf");
        assertThat(header).doesNotContain("\r", "\n").startsWith("attachment; filename=\"a_; filename=evil.htmlX-Injected: 1;b.pdf\";")
                .contains("filename*=UTF-8''a%22%3B%20filename%3Devil.htmlX-Injected%3A%201%3Bb.pdf");
    }

    @Test
    void aStoredMediaTypeThatIsNotOneBecomesOctetStream() {
        byte[] content = {1, 2, 3};
        assertThat(FileDownloads.attachment("x.pdf", "application/pdf", content).getHeaders().getContentType())
                .hasToString("application/pdf");
        for (String bad : new String[] {null, "", "không/hợp-lệ", "text", "*/*"}) {
            var r = FileDownloads.attachment("x", bad, content);
            assertThat(r.getHeaders().getContentType()).as(bad).hasToString("application/octet-stream");
            assertThat(r.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getHeaders().getContentLength()).isEqualTo(3);
        }
    }
}
