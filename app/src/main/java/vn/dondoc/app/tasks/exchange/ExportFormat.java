package vn.dondoc.app.tasks.exchange;

import java.util.Locale;
import vn.dondoc.app.shared.DomainException;

/** File formats of task exports. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code xlsx} (default) or {@code csv}; anything else is refused (400). */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return XLSX;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid_format", "Định dạng xuất \"" + value + "\" không hỗ trợ (xlsx hoặc csv).");
        }
    }
}
