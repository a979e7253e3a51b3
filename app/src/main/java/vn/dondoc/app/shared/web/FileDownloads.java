package vn.dondoc.app.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent back to its users: always as an attachment (never rendered in the browser), with its
 * Vietnamese name as RFC 5987 {@code filename*} and an ASCII {@code filename} for old clients, the stored media
 * type (a value that is not one: {@code application/octet-stream}) and {@code X-Content-Type-Options: nosniff}.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(mediaType(mediaType))
                .contentLength(content.length)
                .body(content);
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.replaceAll("\\p{Cntrl}", "");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                // RFC 5987 attr-char allows these unencoded; URLEncoder encodes some of them
                .replace("%21", "!").replace("%23", "#").replace("%24", "$").replace("%26", "&").replace("%2B", "+")
                .replace("%5E", "^").replace("%60", "`").replace("%7C", "|").replace("%7E", "~");
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded;
    }

    /** The name without diacritics, anything else outside printable ASCII or a quote/backslash as {@code _}. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        plain.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    private static MediaType mediaType(String stored) {
        if (stored != null && !stored.isBlank()) {
            try {
                MediaType t = MediaType.parseMediaType(stored);
                if (t.isConcrete()) {
                    return t;
                }
            } catch (InvalidMediaTypeException e) {
                // a client's made-up Content-Type: fall through
            }
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
