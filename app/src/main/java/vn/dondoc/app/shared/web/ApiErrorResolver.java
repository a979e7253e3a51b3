package vn.dondoc.app.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * What the controllers' advice cannot see: a request no API controller took — unknown path, content type or
 * method no mapping accepts, {@code Accept} nothing can produce, an upload the server could not read (too
 * large, NUL in a file name). For {@code /api/…} the app's JSON {@code {code, message}} with the right status
 * and one WARN line; for pages, an unreadable upload gets the refused page with its Vietnamese message (other
 * page errors keep Spring's handling and the HTML error pages). Runs after the {@code @ExceptionHandler}s and
 * before Spring's default resolver.
 */
class ApiErrorResolver implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorResolver.class);

    private final ObjectMapper json;
    private final long requestLimit;

    ApiErrorResolver(ObjectMapper json, long requestLimit) {
        this.json = json;
        this.requestLimit = requestLimit;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (response.isCommitted()) {
            return null;
        }
        boolean api = ApiErrors.isApi(request.getRequestURI(), request.getContextPath());
        if (!api && !(e instanceof MultipartException)) {
            return null;
        }
        ApiErrors.Answer answer = ApiErrors.of(e, request.getMethod(), request.getRequestURI(), requestLimit);
        if (answer == null) {
            return null;
        }
        String line = request.getMethod() + " " + ApiErrors.oneLine(request.getRequestURI()) + " → "
                + answer.status().value() + " " + answer.body().code() + ": " + ApiErrors.oneLine(e.getMessage());
        if (answer.status().value() == 404) {
            log.debug(line);
        } else {
            log.warn(line);
        }
        if (!api) {
            response.setStatus(answer.status().value());
            ModelAndView page = new ModelAndView("error/refused");
            page.addObject("status", answer.status().value());
            page.addObject("message", pageMessage(answer));
            return page;
        }
        try {
            response.setStatus(answer.status().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException m
                    && m.getSupportedHttpMethods() != null) {
                response.setHeader("Allow", String.join(", ", m.getSupportedHttpMethods().stream()
                        .map(Object::toString).toList()));
            }
            json.writeValue(response.getOutputStream(), answer.body());
        } catch (IOException | RuntimeException written) {
            log.debug("Không ghi được câu trả lời lỗi: {}", written.getMessage());
        }
        return new ModelAndView();
    }

    /** The message of a refused upload as the page says it. */
    static String pageMessage(ApiErrors.Answer answer) {
        if (answer.body().code().equals("too_large")) {
            return answer.body().message().replace("Dữ liệu gửi lên", "Các tệp đã chọn") + " Chưa tệp nào được tải lên.";
        }
        return answer.body().message();
    }
}
