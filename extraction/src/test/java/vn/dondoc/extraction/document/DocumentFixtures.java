package vn.dondoc.extraction.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents generated at test time (nothing binary is committed). */
final class DocumentFixtures {

    private DocumentFixtures() {
    }

    /** A DOCX with one paragraph per line of {@code text}. */
    static Path docx(String text, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        return target;
    }

    /** A PDF with a real text layer, one page per element, DejaVu Sans embedded. */
    static Path textPdf(List<String> pages, Path target) throws IOException {
        try (PDDocument doc = textPdfDocument(pages)) {
            doc.save(target.toFile());
        }
        return target;
    }

    /** A text PDF that opens only with the user password "secret". */
    static Path encryptedPdf(String text, Path target) throws IOException {
        try (PDDocument doc = textPdfDocument(List.of(text))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(target.toFile());
        }
        return target;
    }

    /** A DOCX encrypted with the password "secret" (ECMA-376 agile encryption, as Word does). */
    static Path encryptedDocx(String text, Path target) throws Exception {
        Path plain = docx(text, Files.createTempFile("plain-", ".docx"));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(plain, data);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        } finally {
            Files.deleteIfExists(plain);
        }
        return target;
    }

    static PDDocument textPdfDocument(List<String> pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType0Font font = PDType0Font.load(doc, ScanFixtures.SANS.toFile());
        for (String text : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(16);
                content.newLineAtOffset(60, 780);
                for (String line : text.split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
        return doc;
    }

    /**
     * A DOCX whose word/document.xml inflates to {@code inflatedMegabytes} MB of repeated paragraphs
     * while the file itself stays tiny.
     */
    static Path docxZipBomb(Path target, int inflatedMegabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = ("<w:p><w:r><w:t>" + "Sở Tài chính báo cáo. ".repeat(40) + "</w:t></w:r></w:p>")
                    .repeat(100).getBytes(StandardCharsets.UTF_8);
            long inflatedBytes = inflatedMegabytes * 1024L * 1024L;
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }

    /** A minimal ODT (OpenDocument text) with one paragraph per line. */
    static Path odt(String text, Path target) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            body.append("<text:p>").append(line).append("</text:p>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""");
            put(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                     xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                    <office:body><office:text>""" + body + "</office:text></office:body></office:document-content>");
        }
        return target;
    }

    /** RTF with Vietnamese as \\uN escapes, the way Word writes it. */
    static Path rtf(String text, Path target) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 ");
        for (String line : text.split("\n")) {
            line.chars().forEach(c -> {
                if (c < 128) {
                    rtf.append((char) c);
                } else {
                    rtf.append("\\u").append((short) c).append('?');
                }
            });
            rtf.append("\\par\n");
        }
        rtf.append('}');
        Files.writeString(target, rtf, StandardCharsets.US_ASCII);
        return target;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
