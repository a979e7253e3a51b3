package vn.dondoc.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sees comes from messages_vi.properties: templates hold no literal text, no literal
 * placeholder/title/alt/aria-label, and every message key they use exists.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern TAGS = Pattern.compile("<!--.*?-->|<script\\b.*?</script>|<style\\b.*?</style>|<[^>]+>",
            Pattern.DOTALL);
    static final Pattern LITERAL_ATTR = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path t : templates()) {
            String html = Files.readString(t);
            String text = TAGS.matcher(html).replaceAll(" ").replace("&nbsp;", " ");
            for (String word : text.split("\\s+")) {
                if (word.codePoints().anyMatch(Character::isLetter)) {
                    offences.add(TEMPLATES.relativize(t) + ": text \"" + word + "\"");
                }
            }
            Matcher m = LITERAL_ATTR.matcher(html);
            while (m.find()) {
                offences.add(TEMPLATES.relativize(t) + ": attribute " + m.group(1) + "=\"" + m.group(2) + "\"");
            }
        }
        assertThat(offences).as("hard-coded text in templates; use th:text=\"#{…}\"").isEmpty();
    }

    @Test
    void everyMessageKeyExists() throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages_vi.properties")),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = KEY.matcher(Files.readString(t));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckCatchesLiteralText() {
        String html = "<p class=\"x\">Xin chào</p><input placeholder=\"Tìm\">";
        assertThat(TAGS.matcher(html).replaceAll(" ").trim()).isEqualTo("Xin chào");
        assertThat(LITERAL_ATTR.matcher(html).find()).isTrue();
    }
}
