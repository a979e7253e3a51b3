package vn.dondoc.app.reminders;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a digest as mail: HTML ({@code templates/reminders/mail/digest.html}) and plain text
 * ({@code digest.txt}), Vietnamese, each item linking to {@code {dondoc.base-url}/tasks/{id}}; work at risk in a
 * section of its own after the reminders. Its own template engine, so the web's is left as it is.
 */
@Component
class MailComposer {

    /** A rendered mail. */
    record Mail(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final DigestTexts texts;
    private final String baseUrl;

    MailComposer(MessageSource messages, DigestTexts texts, @Value("${dondoc.base-url:http://localhost:8080}") String baseUrl) {
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/reminders/mail/");
        r.setResolvablePatterns(java.util.Set.of("*" + suffix));
        r.setTemplateMode(mode);
        r.setCharacterEncoding("UTF-8");
        r.setOrder(order);
        r.setCheckExistence(true);
        return r;
    }

    Mail digest(Recipient to, LocalDate day, List<DigestItem> items) {
        Context ctx = new Context(DigestTexts.VI);
        ctx.setVariable("name", to.fullName());
        List<DigestItem> reminders = DigestTexts.reminders(items);
        List<DigestItem> risk = DigestTexts.atRisk(items);
        ctx.setVariable("more", texts.more(reminders));
        ctx.setVariable("items", lines(reminders));
        ctx.setVariable("riskMore", texts.more(risk));
        ctx.setVariable("risk", lines(risk));
        ctx.setVariable("inbox", baseUrl + "/inbox");
        ctx.setVariable("account", baseUrl + "/account");
        String subject = "[dondoc] " + texts.title(day, items.size());
        ctx.setVariable("subject", subject);
        return new Mail(subject, engine.process("digest.txt", ctx), engine.process("digest.html", ctx));
    }

    private List<Line> lines(List<DigestItem> items) {
        return items.stream().limit(DigestTexts.SHOWN).map(i -> new Line(texts.reason(i), i.ref(),
                DigestTexts.shorten(i.content(), 300), i.agencyName(), texts.deadline(i), baseUrl + "/tasks/" + i.taskId(),
                i.confidence() == null ? null : i.confidence().name())).toList();
    }

    /** One item as the templates show it; {@code confidence} the rating's name for work at risk. */
    public record Line(String reason, String ref, String content, String agency, String deadline, String url,
                       String confidence) {
    }
}
