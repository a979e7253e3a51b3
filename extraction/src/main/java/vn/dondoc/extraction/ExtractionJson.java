package vn.dondoc.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes an {@link ExtractedNotice} as JSON in the samples schema (snake_case: number, issuer,
 * issued_date, meeting_date, chair, tasks[ref, lead, support, content, deadline, deadline_text,
 * recurrence]) plus extra fields (title, warnings, standing, product, span, confidence, agencies with
 * directory resolution). Thread-safe.
 */
public final class ExtractionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ExtractionJson() {
    }

    /** The notice as a pretty-printed JSON string. */
    public static String toJson(ExtractedNotice notice) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(notice, w);
        return w.toString();
    }

    /** Writes the notice as pretty-printed JSON to {@code out} (not closed). */
    public static void write(ExtractedNotice n, Writer out) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("number", n.number());
            g.writeStringField("issuer", n.issuer());
            g.writeStringField("issued_date", date(n.issuedDate()));
            g.writeStringField("meeting_date", date(n.meetingDate()));
            g.writeStringField("chair", n.chair());
            g.writeStringField("title", n.title());
            g.writeArrayFieldStart("tasks");
            for (ExtractedTask t : n.tasks()) {
                g.writeStartObject();
                g.writeStringField("ref", t.ref());
                strings(g, "lead", t.lead());
                strings(g, "support", t.support());
                g.writeStringField("content", t.content());
                g.writeStringField("deadline", date(t.deadline()));
                g.writeStringField("deadline_text", t.deadlineText());
                g.writeStringField("recurrence", t.recurrence());
                g.writeBooleanField("standing", t.standing());
                g.writeStringField("product", t.product());
                g.writeNumberField("span_start", t.spanStart());
                g.writeNumberField("span_end", t.spanEnd());
                agencies(g, "lead_agencies", t.leadRefs());
                agencies(g, "support_agencies", t.supportRefs());
                g.writeObjectFieldStart("confidence");
                for (Map.Entry<String, Double> e : t.confidence().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                strings(g, "warnings", t.warnings());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "warnings", n.warnings());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void agencies(JsonGenerator g, String field, java.util.List<AgencyRef> refs) throws IOException {
        g.writeArrayFieldStart(field);
        for (AgencyRef a : refs) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeStringField("written", a.written());
            g.writeStringField("code", a.code());
            g.writeBooleanField("group", a.group());
            g.writeBooleanField("resolved", a.resolved());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
