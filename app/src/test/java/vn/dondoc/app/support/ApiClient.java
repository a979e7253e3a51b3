package vn.dondoc.app.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** Gets (and caches) an API token for a demo account through {@code POST /api/v1/auth/tokens}. */
public final class ApiClient {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiClient() {
    }

    public static String token(MockMvcTester mvc, String username) {
        return TOKENS.computeIfAbsent(username, u -> {
            var result = mvc.post().uri("/api/v1/auth/tokens").contentType("application/json")
                    .content("{\"username\":\"" + u + "\",\"password\":\"" + DemoUsers.PASSWORD + "\"}").exchange();
            if (result.getResponse().getStatus() != 201) {
                throw new IllegalStateException("token for " + u + ": " + result.getResponse().getStatus());
            }
            try {
                return JSON.readTree(result.getResponse().getContentAsString()).get("token").asString();
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static String bearer(MockMvcTester mvc, String username) {
        return "Bearer " + token(mvc, username);
    }
}
