package vn.dondoc.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.extraction.document.DocumentException.Reason;

/** Bad files get the right typed error, quickly and without reading more than they must. */
class DocumentReaderBadInputTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.docx"));

        DocumentException e = fails(empty, Reason.EMPTY);

        assertThat(e.getMessage()).isEqualTo("Tệp rỗng");
        assertThat(streamFails(new byte[0], "empty.pdf").reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void binaryGarbageNamedPdf() throws Exception {
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);
        Path file = Files.write(dir.resolve("cong-van.pdf"), garbage);

        DocumentException e = fails(file, Reason.CORRUPT);

        assertThat(e.getMessage()).contains("Tệp PDF bị hỏng");
    }

    @Test
    void truncatedPdf() throws Exception {
        Path whole = DocumentFixtures.textPdf(List.of(Notices.CONCLUSION, Notices.SHORT), dir.resolve("whole.pdf"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        DocumentException e = fails(cut, Reason.CORRUPT);

        assertThat(e.getMessage()).contains("Tệp PDF bị hỏng");
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        Path pdf = DocumentFixtures.encryptedPdf(Notices.SHORT, dir.resolve("mat-khau.pdf"));

        DocumentException e = fails(pdf, Reason.ENCRYPTED);

        assertThat(e.getMessage()).isEqualTo("Tệp PDF được bảo vệ bằng mật khẩu");
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        Path docx = DocumentFixtures.encryptedDocx(Notices.SHORT, dir.resolve("mat-khau.docx"));

        DocumentException e = fails(docx, Reason.ENCRYPTED);

        assertThat(e.getMessage()).contains("được bảo vệ bằng mật khẩu");
    }

    @Test
    void hundredMegabyteFileIsRejectedBySizeBeforeReading() throws Exception {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024); // sparse: nothing written, nothing read
        }

        DocumentException e = fails(big, Reason.TOO_LARGE);

        assertThat(e.getMessage()).isEqualTo("Tệp vượt quá 50 MB");
    }

    @Test
    void hundredMegabyteStreamIsCutOffAtTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served.get() >= 100L * 1024 * 1024) {
                    return -1;
                }
                Arrays.fill(b, off, off + len, (byte) 'a');
                served.addAndGet(len);
                return len;
            }
        };

        DocumentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DocumentException.class, () -> reader.read(endless, "big.txt", null)));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(served.get()).isLessThanOrEqualTo(DocumentLimits.DEFAULT_MAX_BYTES + 64 * 1024);
    }

    @Test
    void docxZipBomb() throws Exception {
        Path bomb = DocumentFixtures.docxZipBomb(dir.resolve("bom.docx"), 300);
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);

        DocumentException e = fails(bomb, Reason.ZIP_BOMB);

        assertThat(e.getMessage()).contains("nghi là tệp độc hại");
    }

    @Test
    void unsupportedTypes() throws Exception {
        Path zip = dir.resolve("ho-so.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("Sở Tài chính".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path mp3 = Files.write(dir.resolve("ghi-am.mp3"), new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, 1, 2});

        assertThat(fails(zip, Reason.UNSUPPORTED_TYPE).getMessage()).startsWith("Định dạng tệp không được hỗ trợ");
        fails(mp3, Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void tooManyPages() throws Exception {
        Path pdf = DocumentFixtures.textPdf(List.of("Trang 1 Sở Tài chính", "Trang 2", "Trang 3"),
                dir.resolve("ba-trang.pdf"));
        DocumentReader twoPages = new DocumentReader(DocumentLimits.defaults().withMaxPages(2));

        DocumentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DocumentException.class, () -> twoPages.read(pdf, null)));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(e.getMessage()).isEqualTo("Tệp PDF có 3 trang, vượt quá giới hạn 2 trang");
    }

    @Test
    void scanWithoutTesseractInstalled() throws Exception {
        Path scan = ScanFixtures.writeImagePdf(Notices.SHORT, dir.resolve("scan.pdf"));
        DocumentReader noOcr = new DocumentReader(DocumentLimits.defaults(), "/nonexistent/tesseract");

        DocumentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DocumentException.class, () -> noOcr.read(scan, null)));

        assertThat(e.reason()).isEqualTo(Reason.OCR_UNAVAILABLE);
        assertThat(e.getMessage()).contains("Tesseract");
    }

    @Test
    void blankScanHasNoText() throws Exception {
        BufferedImage white = new BufferedImage(800, 1100, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 800, 1100);
        g.dispose();
        Path png = dir.resolve("trang-trang.png");
        ImageIO.write(white, "png", png.toFile());

        fails(png, Reason.NO_TEXT);
    }

    @Test
    void emptyDocxHasNoText() throws Exception {
        fails(DocumentFixtures.docx(" ", dir.resolve("rong.docx")), Reason.NO_TEXT);
    }

    @Test
    void pngClaimingAGiganticImageIsRefusedBeforeDecoding() throws Exception {
        Path png = dir.resolve("khong-lo.png");
        Files.write(png, pngHeaderOnly(60_000, 60_000));

        DocumentException e = fails(png, Reason.TOO_LARGE);

        assertThat(e.getMessage()).contains("quá lớn");
    }

    @Test
    void missingFile() {
        fails(dir.resolve("khong-co.pdf"), Reason.IO_ERROR);
    }

    private DocumentException fails(Path file, Reason expected) {
        DocumentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DocumentException.class, () -> reader.read(file, null)));
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(expected);
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }

    private DocumentException streamFails(byte[] bytes, String name) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(DocumentException.class,
                () -> reader.read(new java.io.ByteArrayInputStream(bytes), name, null)));
    }

    /** PNG signature and an IHDR chunk announcing width × height, 8-bit gray; no image data. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
