package vn.dondoc.extraction.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Bytes of a plain-text file to a string. Order: byte-order mark (UTF-8, UTF-16), strict UTF-8, the
 * Vietnamese legacy code page Windows-1258 (which Tika's detectors do not know), then Tika's charset
 * detection. The result is not yet NFC (Windows-1258 text holds combining tone marks).
 */
final class PlainTextDecoder {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private PlainTextDecoder() {
    }

    static String decode(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        if (looksLikeWindows1258(bytes)) {
            return new String(bytes, WINDOWS_1258);
        }
        return new String(bytes, detected(bytes));
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Windows-1258 writes most Vietnamese tone marks as combining bytes (0xCC grave, 0xEC acute, 0xD2 hook,
     * 0xDE tilde, 0xF2 dot below) right after a vowel; in Western text these bytes (Ì ì Ò Þ ò) almost never
     * follow a vowel.
     */
    static boolean looksLikeWindows1258(byte[] bytes) {
        int high = 0;
        int tonesAfterVowel = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            high++;
            if (isToneMark(b) && i > 0 && isVowel(bytes[i - 1] & 0xFF)) {
                tonesAfterVowel++;
            }
        }
        return tonesAfterVowel >= 2 && tonesAfterVowel * 4 >= high;
    }

    private static boolean isToneMark(int b) {
        return b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2;
    }

    private static boolean isVowel(int b) {
        return "aeiouyAEIOUY".indexOf(b) >= 0
                // â ê ô ă ơ ư and capitals in Windows-1258
                || b == 0xE2 || b == 0xEA || b == 0xF4 || b == 0xE3 || b == 0xF5 || b == 0xFD
                || b == 0xC2 || b == 0xCA || b == 0xD4 || b == 0xC3 || b == 0xD5 || b == 0xDD;
    }

    private static Charset detected(byte[] bytes) {
        try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes), new Metadata())) {
            return reader.getCharset();
        } catch (IOException | TikaException e) {
            return WINDOWS_1258;
        }
    }
}
