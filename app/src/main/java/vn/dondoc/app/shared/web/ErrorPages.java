package vn.dondoc.app.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * The error page ({@code /error}) that the server forwards to when a request failed outside the controllers (a
 * filter, the container, an exception no resolver took): for {@code /api/…} the app's JSON {@code {code,
 * message}} whatever the {@code Accept} header, never an HTML page nor Spring's default JSON; for pages the HTML
 * error pages as before.
 */
class ErrorPages extends BasicErrorController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorAttributes attributes;
    private final ObjectMapper json;
    private final long requestLimit;

    ErrorPages(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
               ObjectMapper json, long requestLimit) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.attributes = attributes;
        this.json = json;
        this.requestLimit = requestLimit;
    }

    @Override
    @org.springframework.web.bind.annotation.RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!api(request)) {
            ApiErrors.Answer upload = ApiErrors.upload(failure(request), requestLimit);
            if (upload == null) {
                return super.errorHtml(request, response);
            }
            log.warn("{} {} → {} {}: {}", request.getMethod(), ApiErrors.oneLine(String.valueOf(
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))), upload.status().value(),
                    upload.body().code(), ApiErrors.oneLine(failure(request).getMessage()));
            response.setStatus(upload.status().value());
            ModelAndView page = new ModelAndView("error/refused");
            page.addObject("status", upload.status().value());
            page.addObject("message", ApiErrorResolver.pageMessage(upload));
            return page;
        }
        ApiErrors.Answer answer = answer(request);
        try {
            response.setStatus(answer.status().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), answer.body());
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing more to say
        }
        return null;
    }

    @Override
    @org.springframework.web.bind.annotation.RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!api(request)) {
            return super.error(request);
        }
        ApiErrors.Answer answer = answer(request);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("code", answer.body().code());
        body.put("message", answer.body().message());
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Override
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        if (!api(request)) {
            return super.mediaTypeNotAcceptable(request);
        }
        ApiErrors.Answer answer = answer(request);
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(answer.body()));
    }

    private static boolean api(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ApiErrors.isApi(uri == null ? null : uri.toString(), request.getContextPath());
    }

    /** The exception the request failed with, without the container's wrappers; null if none. */
    private Throwable failure(HttpServletRequest request) {
        Throwable error = attributes.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            error = t;
        }
        while (error instanceof jakarta.servlet.ServletException && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    private ApiErrors.Answer answer(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Throwable error = failure(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ApiErrors.Answer known = error == null ? null
                : ApiErrors.of(error, request.getMethod(), uri == null ? null : uri.toString(), requestLimit);
        if (known != null) {
            return known;
        }
        return ApiErrors.of(status.value());
    }

}
