package vn.dondoc.app.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.app.shared.ApiError;
import vn.dondoc.app.shared.DomainException;

/**
 * Errors of the API's controllers as JSON {@code {code, message}} with a Vietnamese message (see {@link ApiErrors}),
 * always as {@code application/json} whatever the request's {@code Accept} asked for. Requests no controller took
 * (unknown path, wrong content type, unreadable upload) are answered alike by {@link ApiErrorResolver}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final long requestLimit;

    ApiExceptionHandler(@Value("${" + ApiErrors.REQUEST_LIMIT_PROPERTY + ":200MB}") DataSize requestLimit) {
        this.requestLimit = requestLimit.toBytes();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> handle(Exception e, HttpServletRequest request) {
        ApiErrors.Answer answer = ApiErrors.of(e, request.getMethod(), request.getRequestURI(), requestLimit);
        if (answer == null) {
            return unexpected(e);
        }
        if (!(e instanceof DomainException)) {
            log.warn("{} {} → {} {}: {}", request.getMethod(), ApiErrors.oneLine(request.getRequestURI()),
                    answer.status().value(), answer.body().code(), ApiErrors.oneLine(e.getMessage()));
        }
        var response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
        if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
            response.header(HttpHeaders.ALLOW, m.getSupportedHttpMethods().stream().map(Object::toString)
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return response.body(answer.body());
    }

    /** An error of ours: logged with its stack trace, 500 to the client; nothing when the client has gone. */
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (clientGone(e)) {
            log.debug("Máy khách đã đóng kết nối: {}", e.getMessage());
            return null;
        }
        log.error("Lỗi không mong đợi", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("internal", "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau."));
    }

    /** The client closed the connection while the answer was being written (broken pipe): nothing to answer. */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException
                    || t.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
            if (t instanceof java.io.IOException && t.getMessage() != null
                    && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
