package vn.dondoc.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text notices in the encodings met in practice all come out as the same NFC text. */
class DocumentReaderTextEncodingTest {

    private static final String TEXT = Notices.CONCLUSION.strip();

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void utf8() throws Exception {
        assertReadsBack(TEXT.getBytes(StandardCharsets.UTF_8), "utf8.txt");
    }

    @Test
    void utf8WithBom() throws Exception {
        assertReadsBack(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)), "bom.txt");
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        assertReadsBack(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)),
                "utf16le.txt");
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        assertReadsBack(TEXT.getBytes(StandardCharsets.UTF_16), "utf16be.txt"); // Java writes a BE BOM
    }

    @Test
    void windows1258WithCombiningToneMarks() throws Exception {
        byte[] bytes = windows1258(TEXT);
        assertThat(bytes).contains((byte) 0xEC); // combining acute: really the decomposed legacy form

        assertReadsBack(bytes, "cp1258.txt");
    }

    @Test
    void nameWithoutExtensionAndStreamInput() throws Exception {
        DocumentText text = reader.read(new ByteArrayInputStream(windows1258(TEXT)), "thong-bao", null);

        assertThat(text.text()).isEqualTo(TEXT);
        assertThat(text.mediaType()).startsWith("text/plain");
    }

    @Test
    void utf8NfdComesOutNfc() throws Exception {
        assertReadsBack(Normalizer.normalize(TEXT, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8), "nfd.txt");
    }

    private void assertReadsBack(byte[] bytes, String name) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);

        DocumentText text = reader.read(file, null);

        assertThat(text.text()).isEqualTo(TEXT);
        assertThat(text.mediaType()).startsWith("text/plain");
        assertThat(text.ocr()).isFalse();
    }

    /**
     * Vietnamese the way Windows-1258 stores it: letters with breve, circumflex or horn precomposed
     * (ă â ê ô ơ ư đ), tone marks as separate combining characters.
     */
    static byte[] windows1258(String text) {
        StringBuilder legacy = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char d : decomposed.toCharArray()) {
                boolean tone = d == '\u0300' || d == '\u0301' || d == '\u0303' || d == '\u0309' || d == '\u0323';
                (tone ? tones : base).append(d);
            }
            legacy.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = legacy.toString().getBytes(cp1258);
        assertThat(new String(bytes, cp1258)).isEqualTo(legacy.toString()); // nothing unmappable
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
