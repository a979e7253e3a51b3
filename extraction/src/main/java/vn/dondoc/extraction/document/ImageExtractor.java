package vn.dondoc.extraction.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * OCR of image files (PNG, JPEG, TIFF including multi-page, BMP, GIF) frame by frame. Frame sizes are
 * checked before decoding, so a small file claiming a gigantic image is refused instead of allocated.
 */
final class ImageExtractor {

    /** 10 000 × 10 000: far above an A3 scan at 600 dpi. */
    static final long MAX_PIXELS = 100_000_000L;

    record Result(String text, int pages) {
    }

    Result extract(Path file, FileType type, DocumentLimits limits, Deadline deadline, OcrSession ocr,
                   OcrProgress progress) throws DocumentException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, type);
            try {
                reader.setInput(in, false, true);
                int frames = Bounded.call(deadline, () -> reader.getNumImages(true), e -> corrupt(type, e));
                if (frames <= 0) {
                    throw corrupt(type, null);
                }
                if (frames > limits.maxPages()) {
                    throw new DocumentException(DocumentException.Reason.TOO_MANY_PAGES,
                            "Tệp " + type.label() + " có " + frames + " trang, vượt quá giới hạn "
                                    + limits.maxPages() + " trang");
                }
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < frames; i++) {
                    BufferedImage image = decode(reader, i, type, deadline);
                    String page = ocr.page(image, i + 1, 0);
                    if (!page.isBlank()) {
                        text.append(page.strip()).append("\n\n");
                    }
                    progress.page(i + 1, frames);
                }
                return new Result(text.toString(), frames);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw corrupt(type, e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, FileType type) throws DocumentException {
        if (in == null) {
            throw corrupt(type, null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw corrupt(type, null);
        }
        return readers.next();
    }

    private static BufferedImage decode(ImageReader reader, int index, FileType type, Deadline deadline)
            throws DocumentException {
        return Bounded.call(deadline, () -> {
            long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
            if (pixels > MAX_PIXELS) {
                throw new DocumentException(DocumentException.Reason.TOO_LARGE,
                        "Ảnh trang " + (index + 1) + " quá lớn (" + reader.getWidth(index) + " × "
                                + reader.getHeight(index) + " điểm ảnh)");
            }
            return reader.read(index);
        }, e -> corrupt(type, e));
    }

    private static DocumentException corrupt(FileType type, Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return new DocumentException(DocumentException.Reason.TOO_LARGE, "Tệp " + type.label() + " quá lớn để đọc",
                    cause);
        }
        return new DocumentException(DocumentException.Reason.CORRUPT, "Tệp " + type.label() + " bị hỏng", cause);
    }

}
