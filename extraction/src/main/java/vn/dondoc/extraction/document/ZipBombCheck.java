package vn.dondoc.extraction.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates a zip container (DOCX, ODT) into nothing, counting bytes, and refuses it as a zip bomb when
 * it inflates to more than {@link #MAX_RATIO} times its size (past a {@link #GRACE_BYTES} allowance) or
 * has too many entries. Counting stops at the threshold, so the check costs at most that much inflating
 * and no memory. Needed because Tika turns POI's own check off.
 */
final class ZipBombCheck {

    static final long MAX_RATIO = 100;
    static final long GRACE_BYTES = 20L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ZipBombCheck() {
    }

    static boolean isZipContainer(FileType type) {
        String subtype = type.mediaType().getSubtype();
        return subtype.startsWith("vnd.openxmlformats") || subtype.startsWith("vnd.ms-word.document")
                || subtype.startsWith("vnd.oasis.opendocument");
    }

    static void check(Path file, FileType type, Deadline deadline) throws DocumentException {
        long limit = Math.max(GRACE_BYTES, MAX_RATIO * file.toFile().length());
        boolean bomb = Bounded.call(deadline, () -> inflatesBeyond(file, limit),
                e -> new DocumentException(DocumentException.Reason.CORRUPT, "Tệp " + type.label() + " bị hỏng", e));
        if (bomb) {
            throw new DocumentException(DocumentException.Reason.ZIP_BOMB,
                    "Tệp " + type.label() + " có tỉ lệ nén bất thường (nghi là tệp độc hại), không đọc");
        }
    }

    /** True when the entries inflate past {@code limit} bytes or are too many; false also when unreadable. */
    private static boolean inflatesBeyond(Path file, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                if (++entries > MAX_ENTRIES || Thread.currentThread().isInterrupted()) {
                    return true;
                }
                try (InputStream in = zip.getInputStream(all.nextElement())) {
                    int n;
                    while ((n = in.read(buffer)) != -1) {
                        total += n;
                        if (total > limit) {
                            return true;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a readable zip: the parser reports it as damaged
        }
        return false;
    }
}
