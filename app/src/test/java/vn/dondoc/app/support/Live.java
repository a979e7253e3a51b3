package vn.dondoc.app.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Real HTTP against the test's running server (Tomcat, not MockMvc): multipart parsing, size limits, error
 * pages and the container's own answers happen as in production. Each exchange records what the request
 * threads logged meanwhile, so a test can check that a refused request left no stack trace.
 */
public final class Live {

    /** One answer and the log lines of the request threads while it was made. */
    public record Reply(int status, HttpHeaders headers, String body, List<ILoggingEvent> log) {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** Log events at ERROR, or with a stack trace at WARN and above: none expected for a refused request. */
        public List<String> troubles() {
            List<String> out = new ArrayList<>();
            for (ILoggingEvent e : log) {
                if (e.getLevel().isGreaterOrEqual(Level.ERROR)
                        || e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null) {
                    out.add(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                            + (e.getThrowableProxy() == null ? "" : " [" + e.getThrowableProxy().getClassName() + "]"));
                }
            }
            return out;
        }
    }

    private final String base;
    /** Signed-in clients by server and user, kept for the test JVM as {@link Web} keeps its sessions. */
    private static final Map<String, HttpClient> SESSIONS = new ConcurrentHashMap<>();
    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Live(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    }

    /** Sends as nobody (add a bearer token to the request to be somebody). */
    public Reply send(HttpRequest request) {
        return send(PLAIN, request);
    }

    /** Sends with the web session of a demo user (signed in through the login form once). */
    public Reply sendAs(String username, HttpRequest request) {
        return send(session(username), request);
    }

    /** A CSRF token of the user's session, as the pages put it in their forms. */
    public String csrf(String username, String page) {
        return csrf(sendAs(username, request(page).build()).body());
    }

    private HttpClient session(String username) {
        return SESSIONS.computeIfAbsent(base + " " + username, key -> {
            String u = username;
            HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String login = send(c, request("/login").build()).body();
            Reply r = send(c, request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                            + "&password=" + DemoUsers.PASSWORD + "&_csrf=" + csrf(login))).build());
            if (r.status() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login of " + u + " failed: " + r.status());
            }
            return c;
        });
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static Reply send(HttpClient client, HttpRequest request) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Thread.sleep(50);
            List<ILoggingEvent> requestThreads;
            synchronized (appender.list) {
                requestThreads = appender.list.stream().filter(e -> e.getThreadName().contains("-exec-")).toList();
            }
            return new Reply(r.statusCode(), r.headers(), r.body(), Collections.unmodifiableList(requestThreads));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            root.detachAppender(appender);
        }
    }

    /**
     * A multipart/form-data body built part by part; large file contents are generated (zero bytes) while
     * sending, never held in memory. File names go in raw UTF-8, as browsers send them.
     */
    public static final class Multipart {

        private final String boundary = "dondocBoundary" + Long.toHexString(System.nanoTime());
        private final List<byte[]> heads = new ArrayList<>();
        private final List<Object> contents = new ArrayList<>();
        private long length;

        public Multipart field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n",
                    value.getBytes(StandardCharsets.UTF_8));
        }

        public Multipart file(String name, String fileName, String type, byte[] content) {
            return part(fileHead(name, fileName, type), content);
        }

        /** A file of {@code size} zero bytes. */
        public Multipart file(String name, String fileName, String type, long size) {
            byte[] head = ("--" + boundary + "\r\n" + fileHead(name, fileName, type)).getBytes(StandardCharsets.UTF_8);
            heads.add(head);
            contents.add(size);
            length += head.length + size + 2;
            return this;
        }

        private String fileHead(String name, String fileName, String type) {
            return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + type + "\r\n\r\n";
        }

        private Multipart part(String headers, byte[] content) {
            byte[] head = ("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8);
            heads.add(head);
            contents.add(content);
            length += head.length + content.length + 2;
            return this;
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public HttpRequest.BodyPublisher publisher() {
            byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            long total = length + end.length;
            return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                List<InputStream> streams = new ArrayList<>();
                for (int i = 0; i < heads.size(); i++) {
                    streams.add(new ByteArrayInputStream(heads.get(i)));
                    streams.add(contents.get(i) instanceof byte[] b ? new ByteArrayInputStream(b) : zeros((Long) contents.get(i)));
                    streams.add(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)));
                }
                streams.add(new ByteArrayInputStream(end));
                return new SequenceInputStream(Collections.enumeration(streams));
            }), total);
        }

        private static InputStream zeros(long size) {
            return new InputStream() {
                long left = size;

                @Override
                public int read() {
                    return left-- > 0 ? 0 : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 0);
                    left -= n;
                    return n;
                }
            };
        }
    }
}
