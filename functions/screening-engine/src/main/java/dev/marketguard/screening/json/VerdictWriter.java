package dev.marketguard.screening.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.core.subject.Subject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The verdict JSON of DESIGN.md section 5. */
public final class VerdictWriter {
    private final ObjectMapper mapper;

    public VerdictWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode write(String screeningId, Subject subject, Assessment a, OffsetDateTime screenedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("screeningId", screeningId);
        ObjectNode s = root.putObject("subject");
        s.put("type", subject.type().code());
        s.put("id", subject.id());
        root.put("decision", a.decision().code());
        ArrayNode violations = root.putArray("violations");
        for (Violation v : a.violations()) {
            ObjectNode vn = violations.addObject();
            vn.put("category", v.category().name());
            vn.put("label", v.category().label());
            vn.put("rule", v.rule());
            vn.put("score", v.score());
            ArrayNode ev = vn.putArray("evidence");
            for (Evidence e : v.evidence()) {
                ObjectNode en = ev.addObject();
                en.put("field", e.field());
                en.put("start", e.start());
                en.put("end", e.end());
                en.put("text", e.text());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : a.warnings()) {
            ObjectNode wn = warnings.addObject();
            wn.put("code", w.code());
            wn.put("message", w.message());
        }
        root.put("rulesetVersion", a.rulesetVersion());
        root.put("screenedAt", screenedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return root;
    }
}
