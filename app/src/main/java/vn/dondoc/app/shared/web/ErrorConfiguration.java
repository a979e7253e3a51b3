package vn.dondoc.app.shared.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import tools.jackson.databind.ObjectMapper;

/** Every refused request gets the app's answer: {@link ApiErrorResolver} and the error page {@link ErrorPages}. */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration implements WebMvcConfigurer {

    private final ObjectMapper json;
    private final long requestLimit;

    ErrorConfiguration(ObjectMapper json,
                       @Value("${" + ApiErrors.REQUEST_LIMIT_PROPERTY + ":200MB}") DataSize requestLimit) {
        this.json = json;
        this.requestLimit = requestLimit.toBytes();
    }

    /** Ours goes just before Spring's default resolver, after the {@code @ExceptionHandler}s. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        int at = 0;
        while (at < resolvers.size() && !(resolvers.get(at) instanceof DefaultHandlerExceptionResolver)) {
            at++;
        }
        resolvers.add(at, new ApiErrorResolver(json, requestLimit));
    }

    @Bean
    ErrorPages errorPages(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        return new ErrorPages(attributes, web, resolvers, json, requestLimit);
    }
}
