package vn.dondoc.app.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.dondoc.app.shared.ApiError;
import vn.dondoc.app.shared.DomainException;

/**
 * The one translation of a refused request into a status and a Vietnamese {@code {code, message}}: used by the
 * API's controller advice, by the resolver for API requests no controller took, and by the error page of
 * {@code /api/…}. Only the client's mistakes are here; anything else is an error of ours (500, logged).
 */
final class ApiErrors {

    /** The request limit of a multipart upload as configured (spring.servlet.multipart.max-request-size). */
    static final String REQUEST_LIMIT_PROPERTY = "spring.servlet.multipart.max-request-size";

    /** A status and its body. */
    record Answer(HttpStatus status, ApiError body) {
        Answer(int status, String code, String message) {
            this(HttpStatus.valueOf(status), new ApiError(code, message));
        }
    }

    private ApiErrors() {
    }

    /** The answer to a client's mistake, or null when {@code e} is not one (an error of ours). */
    static Answer of(Throwable e, String method, String uri, long requestLimitBytes) {
        if (e instanceof DomainException d) {
            return new Answer(d.kind().status(), d.code(), d.getMessage());
        }
        if (e instanceof MethodArgumentNotValidException m) {
            String detail = m.getBindingResult().getFieldErrors().stream()
                    .map(f -> f.getField() + ": " + f.getDefaultMessage())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            return new Answer(400, "invalid", "Dữ liệu không hợp lệ. " + detail);
        }
        if (e instanceof MissingServletRequestPartException p) {
            return new Answer(400, "part_required", "Thiếu phần \"" + p.getRequestPartName()
                    + "\" (tệp gửi lên) trong yêu cầu multipart/form-data.");
        }
        if (e instanceof MissingServletRequestParameterException p) {
            return new Answer(400, "parameter_required", "Thiếu tham số \"" + p.getParameterName() + "\".");
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return new Answer(400, "invalid", "Giá trị của \"" + m.getName() + "\" không đúng định dạng.");
        }
        if (e instanceof HttpMessageNotReadableException) {
            return new Answer(400, "invalid", "Yêu cầu không đúng định dạng (nội dung JSON thiếu hoặc không đọc được).");
        }
        Answer upload = upload(e, requestLimitBytes);
        if (upload != null) {
            return upload;
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            MediaType sent = m.getContentType();
            return new Answer(415, "unsupported_media_type", (sent == null ? "Thiếu tiêu đề Content-Type"
                    : "Không nhận nội dung kiểu " + sent.getType() + "/" + sent.getSubtype())
                    + "; địa chỉ này nhận " + expected(m.getSupportedMediaTypes()) + ".");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new Answer(406, "not_acceptable", "API chỉ trả lời dạng JSON (application/json) hoặc tệp;"
                    + " hãy bỏ hoặc sửa tiêu đề Accept.");
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return new Answer(405, "method_not_allowed", "Phương thức " + m.getMethod()
                    + " không dùng được với địa chỉ này.");
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return new Answer(404, "not_found", "Không có địa chỉ API " + method + " " + oneLine(uri) + ".");
        }
        if (e instanceof AccessDeniedException) {
            return new Answer(403, "forbidden", "Bạn không có quyền thực hiện thao tác này.");
        }
        return null;
    }

    /**
     * An upload the server could not read, as Spring reports it or as the container does when a filter read
     * the form first (the page's CSRF token): over the request limit (413), NUL in a file name, or broken (400).
     */
    static Answer upload(Throwable e, long requestLimitBytes) {
        if (causedBy(e, "InvalidFileNameException")) {
            return new Answer(400, "invalid_file_name", "Tên tệp gửi lên có ký tự không hợp lệ (ký tự NUL);"
                    + " hãy đổi tên tệp rồi gửi lại.");
        }
        if (e instanceof MaxUploadSizeExceededException || causedBy(e, "SizeException")
                || causedBy(e, "SizeLimitExceededException") || causedBy(e, "FileSizeLimitExceededException")) {
            return new Answer(413, "too_large", "Dữ liệu gửi lên vượt quá " + megabytes(requestLimitBytes)
                    + " MB cho một lần gửi; hãy chia thành nhiều lần gửi.");
        }
        if (e instanceof MultipartException || causedBy(e, "FileUploadException")) {
            return new Answer(400, "invalid_multipart", "Không đọc được dữ liệu multipart/form-data gửi lên"
                    + " (hỏng hoặc bị cắt ngang); hãy gửi lại.");
        }
        return null;
    }

    /** The answer for a bare status (an error page reached without an exception we know). */
    static Answer of(int status) {
        return switch (status) {
            case 400 -> new Answer(400, "invalid", "Yêu cầu không hợp lệ.");
            case 401 -> new Answer(401, "unauthorized",
                    "Bạn cần đăng nhập hoặc gửi mã truy cập hợp lệ (Authorization: Bearer …).");
            case 403 -> new Answer(403, "forbidden", "Bạn không có quyền thực hiện thao tác này.");
            case 404 -> new Answer(404, "not_found", "Không tìm thấy.");
            case 405 -> new Answer(405, "method_not_allowed", "Phương thức không dùng được với địa chỉ này.");
            case 406 -> new Answer(406, "not_acceptable", "API chỉ trả lời dạng JSON (application/json) hoặc tệp.");
            case 413 -> new Answer(413, "too_large", "Dữ liệu gửi lên quá lớn.");
            case 415 -> new Answer(415, "unsupported_media_type", "Kiểu nội dung gửi lên không được hỗ trợ.");
            default -> status >= 400 && status < 500
                    ? new Answer(status, "invalid", "Yêu cầu không thực hiện được (mã lỗi " + status + ").")
                    : new Answer(500, "internal", "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.");
        };
    }

    /** Whether the request is one of the API's (JSON errors) rather than a page's. */
    static boolean isApi(String uri, String contextPath) {
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), contextPath == null ? 0 : contextPath.length()));
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String expected(List<MediaType> supported) {
        if (supported.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON)
                && !t.isWildcardType() && t.getSubtype().equals("json"))) {
            return "application/json";
        }
        if (supported.stream().anyMatch(t -> t.includes(MediaType.MULTIPART_FORM_DATA))) {
            return "multipart/form-data (tệp gửi lên)";
        }
        List<String> names = supported.stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct().limit(4).toList();
        return names.isEmpty() ? "kiểu nội dung khác" : String.join(", ", names);
    }

    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /** A message for the log: one line, whatever the client put in it. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\\p{Cc}]+", " ");
    }
}
