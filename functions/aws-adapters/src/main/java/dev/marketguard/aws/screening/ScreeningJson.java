package dev.marketguard.aws.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.ScreeningTimes;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict's JSON (DESIGN.md section 5). The same violations and warnings arrays are stored in
 * ScreeningsTable (docs/architecture.md), so the API, the table and the notifier read one shape.
 */
public final class ScreeningJson {
    private ScreeningJson() {
    }

    /** {"screeningId","subject":{"type","id"},"decision","violations","warnings","rulesetVersion","screenedAt"} */
    public static ObjectNode verdict(Screening screening) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("screeningId", screening.screeningId());
        node.putObject("subject").put("type", screening.subject().type().code()).put("id", screening.subject().id());
        node.put("decision", screening.decision().code());
        node.set("violations", violations(screening.violations()));
        node.set("warnings", warnings(screening.assessment().warnings()));
        node.put("rulesetVersion", screening.assessment().rulesetVersion());
        node.put("screenedAt", ScreeningTimes.format(screening.screenedAt()));
        return node;
    }

    public static ArrayNode violations(List<Violation> violations) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Violation violation : violations) {
            ObjectNode v = array.addObject();
            v.put("category", violation.category().name());
            v.put("label", violation.category().label());
            v.put("rule", violation.rule());
            v.put("score", violation.score());
            ArrayNode evidence = v.putArray("evidence");
            for (Evidence e : violation.evidence()) {
                evidence.addObject().put("field", e.field()).put("start", e.start()).put("end", e.end()).put("text", e.text());
            }
        }
        return array;
    }

    public static ArrayNode warnings(List<Warning> warnings) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        warnings.forEach(w -> array.addObject().put("code", w.code()).put("message", w.message()));
        return array;
    }

    public static List<Violation> parseViolations(JsonNode array) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : array) {
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode e : v.path("evidence")) {
                evidence.add(new Evidence(e.get("field").asText(), e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText()));
            }
            violations.add(new Violation(ViolationCategory.valueOf(v.get("category").asText()), v.get("rule").asText(),
                    v.get("score").asDouble(), evidence));
        }
        return violations;
    }

    public static List<Warning> parseWarnings(JsonNode array) {
        List<Warning> warnings = new ArrayList<>();
        array.forEach(w -> warnings.add(new Warning(w.get("code").asText(), w.get("message").asText())));
        return warnings;
    }
}
