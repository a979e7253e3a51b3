package vn.dondoc.app.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotWritableException;

/** A client that hung up is not an error of ours: no stack trace in the log, nothing to answer. */
class ApiExceptionHandlerTest {

    @Test
    void brokenPipeIsAClientThatLeft() {
        var e = new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe"));
        assertThat(ApiExceptionHandler.clientGone(e)).isTrue();
        assertThat(new ApiExceptionHandler(org.springframework.util.unit.DataSize.ofMegabytes(200)).unexpected(e)).isNull();
        assertThat(ApiExceptionHandler.clientGone(new IllegalStateException("x"))).isFalse();
        assertThat(new ApiExceptionHandler(org.springframework.util.unit.DataSize.ofMegabytes(200)).unexpected(new IllegalStateException("x")).getStatusCode().value()).isEqualTo(500);
    }
}
