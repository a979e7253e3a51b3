package vn.dondoc.extraction.document;

import java.util.Objects;

/**
 * A notice file that cannot be read. {@link #reason()} says why, for code; {@link #getMessage()} says it
 * in Vietnamese, for the user.
 */
public class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. Each has a default Vietnamese message. */
    public enum Reason {
        EMPTY("Tệp rỗng"),
        CORRUPT("Tệp bị hỏng, không đọc được"),
        ENCRYPTED("Tệp được bảo vệ bằng mật khẩu"),
        TOO_LARGE("Tệp quá lớn"),
        /** Compressed content (DOCX, ODT, …) that inflates abnormally: a likely "zip bomb". */
        ZIP_BOMB("Tệp nén có tỉ lệ giải nén bất thường, nghi là tệp độc hại"),
        TOO_MANY_PAGES("Tệp có quá nhiều trang"),
        UNSUPPORTED_TYPE("Định dạng tệp không được hỗ trợ"),
        TIMEOUT("Đọc tệp quá thời gian cho phép"),
        OCR_UNAVAILABLE("Máy chủ chưa cài đặt phần mềm nhận dạng chữ (Tesseract OCR với tiếng Việt)"),
        NO_TEXT("Không tìm thấy chữ nào trong tệp"),
        IO_ERROR("Lỗi khi đọc tệp");

        private final String defaultMessage;

        Reason(String defaultMessage) {
            this.defaultMessage = defaultMessage;
        }

        /** The Vietnamese message used when no more specific one is given. */
        public String defaultMessage() {
            return defaultMessage;
        }
    }

    private final Reason reason;

    /** With the reason's default Vietnamese message. */
    public DocumentException(Reason reason) {
        this(reason, reason.defaultMessage(), null);
    }

    /** With a specific Vietnamese message. */
    public DocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public DocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the file could not be read. */
    public Reason reason() {
        return reason;
    }
}
