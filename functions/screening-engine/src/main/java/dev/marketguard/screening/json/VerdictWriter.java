package dev.marketguard.screening.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.core.subject.Subject;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The verdict JSON of DESIGN.md section 5, written with Jackson's streaming generator. */
public final class VerdictWriter {
    private final JsonFactory json = new JsonFactory();

    public String write(String screeningId, Subject subject, Assessment a, OffsetDateTime screenedAt) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("screeningId", screeningId);
            g.writeObjectFieldStart("subject");
            g.writeStringField("type", subject.type().code());
            g.writeStringField("id", subject.id());
            g.writeEndObject();
            g.writeStringField("decision", a.decision().code());
            g.writeArrayFieldStart("violations");
            for (Violation v : a.violations()) {
                g.writeStartObject();
                g.writeStringField("category", v.category().name());
                g.writeStringField("label", v.category().label());
                g.writeStringField("rule", v.rule());
                g.writeNumberField("score", v.score());
                g.writeArrayFieldStart("evidence");
                for (Evidence e : v.evidence()) {
                    g.writeStartObject();
                    g.writeStringField("field", e.field());
                    g.writeNumberField("start", e.start());
                    g.writeNumberField("end", e.end());
                    g.writeStringField("text", e.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (Warning w : a.warnings()) {
                g.writeStartObject();
                g.writeStringField("code", w.code());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("rulesetVersion", a.rulesetVersion());
            g.writeStringField("screenedAt", screenedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
