package dev.marketguard.functions.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.memory.InMemoryReportStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.report.ReportPolicy;
import dev.marketguard.core.report.ReportService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Thousands of malformed requests, each a valid report broken in one or more ways (missing,
 * unknown, mistyped or invalid fields, control characters, overlong detail, broken JSON, wrong
 * content types, oversized bodies, bad Idempotency-Keys, self-reports): every one is a 4xx, never
 * a 500, and nothing is stored, not even a counter.
 */
class MalformedReportPropertyTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final InMemoryReportStore store = new InMemoryReportStore();
    private final ReportApiHandler handler = new ReportApiHandler(
            new ReportService(store, new InMemoryViolationLedger(), ReportPolicy.defaults(), Clock.systemUTC()));

    @Property(tries = 10_000)
    void malformedReportsAreRefusedWithA4xxAndStoreNothing(@ForAll("malformedReports") APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(event.getBody() == null ? "null body" : abbreviate(event.getBody()))
                .isBetween(400, 499);
        assertThat(store.itemCount()).isZero();
    }

    @Provide
    Arbitrary<APIGatewayProxyRequestEvent> malformedReports() {
        return Arbitraries.oneOf(
                brokenFields().map(body -> event(body.toString(), "application/json", null)),
                brokenJson().map(body -> event(body, "application/json", null)),
                validBody().flatMap(body -> wrongContentTypes().map(type -> event(body.toString(), type, null))),
                validBody().flatMap(body -> badIdempotencyKeys().map(key -> event(body.toString(), "application/json", key))),
                Arbitraries.integers().between(64 * 1024 + 1, 80 * 1024).map(size -> event(oversized(size), null, null)));
    }

    /** A valid body with 1 to 3 of its fields broken. */
    private Arbitrary<ObjectNode> brokenFields() {
        return Combinators.combine(validBody(), breakage().list().ofMinSize(1).ofMaxSize(3))
                .as((body, breakages) -> {
                    breakages.forEach(b -> b.applyTo(body));
                    return body;
                });
    }

    private Arbitrary<ObjectNode> validBody() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(ids, Arbitraries.of("posting", "proposal", "message", "user"), ids,
                        Arbitraries.of("DIRECT_TRADING", "FRAUD", "OTHER", "INTELLECTUAL_PROPERTY", "MULTI_LEVEL_MARKETING"),
                        Arbitraries.strings().ofMaxLength(200).injectNull(0.3))
                .as((reporter, type, id, category, detail) -> {
                    ObjectNode body = JSON.objectNode().put("reporterId", "r-" + reporter).put("category", category);
                    body.putObject("target").put("type", type).put("id", "t-" + id);
                    if (detail != null) {
                        body.put("detail", detail.replaceAll("\\p{Cntrl}", " "));
                    }
                    return body;
                });
    }

    /** One way to break a body: remove or set a field ("target.type" for nested ones), or make it a self-report. */
    private record Breakage(String kind, String path, JsonNode value) {
        static Breakage remove(String path) {
            return new Breakage("remove", path, null);
        }

        static Breakage set(String path, JsonNode value) {
            return new Breakage("set", path, value);
        }

        static Breakage set(String path, String text) {
            return set(path, JSON.textNode(text));
        }

        void applyTo(ObjectNode body) {
            boolean nested = path.startsWith("target.");
            // once target itself is broken, a nested breakage lands at the top level: still unknown, still invalid
            ObjectNode parent = nested && body.get("target") instanceof ObjectNode target ? target : body;
            String field = nested ? path.substring("target.".length()) : path;
            switch (kind) {
                case "remove" -> parent.remove(field);
                case "set" -> parent.set(field, value);
                case "selfReport" -> {
                    ObjectNode target = body.putObject("target");
                    target.put("type", "user");
                    target.set("id", body.get("reporterId"));
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }
    }

    private Arbitrary<Breakage> breakage() {
        Arbitrary<String> required = Arbitraries.of("reporterId", "target", "category", "target.type", "target.id");
        Arbitrary<String> anyField = Arbitraries.of("reporterId", "target", "category", "detail", "target.type", "target.id");
        // a fresh copy per use: a shared object node set as "target" was then edited by a nested
        // breakage in later tries, until one set it inside itself (a cycle Jackson cannot write)
        Arbitrary<JsonNode> wrongTypes = Arbitraries.of(JSON.numberNode(42), JSON.booleanNode(true),
                JSON.arrayNode().add("x"), JSON.objectNode().put("k", "v")).map(JsonNode::deepCopy);
        Arbitrary<String> unknownNames = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(name -> !List.of("reporterId", "target", "category", "detail", "type", "id").contains(name));
        Arbitrary<String> controlled = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10),
                        Arbitraries.chars().range('\u0000', '\u001f').filter(c -> c != '\n' && c != '\r' && c != '\t')
                                .injectDuplicates(0).map(String::valueOf))
                .as((text, control) -> text + control + "x");
        Arbitrary<String> blankOrSpaced = Arbitraries.of("", " ", "　", "u 1", "a\tb", "x".repeat(129), "ユーザー");
        return Arbitraries.oneOf(
                required.map(Breakage::remove),
                required.map(field -> Breakage.set(field, JSON.nullNode())),
                Combinators.combine(anyField, wrongTypes).as(Breakage::set),
                unknownNames.map(name -> Breakage.set(name, "surprise")),
                unknownNames.map(name -> Breakage.set("target." + name, "surprise")),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
                        .filter(code -> !List.of("posting", "proposal", "message", "user").contains(code))
                        .map(code -> Breakage.set("target.type", code)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30)
                        .filter(code -> ReportCategory.fromCode(code).isEmpty())
                        .map(code -> Breakage.set("category", code)),
                // built, not generated char by char: a 2,600-character generated string is slow to make and to shrink
                Combinators.combine(Arbitraries.chars().range('あ', 'ん'), Arbitraries.integers().between(2001, 2600))
                        .as((c, length) -> Breakage.set("detail", String.valueOf(c).repeat(length))),
                Combinators.combine(Arbitraries.of("reporterId", "target.id", "detail"), controlled)
                        .as(Breakage::set),
                Combinators.combine(Arbitraries.of("reporterId", "target.id"), blankOrSpaced).as(Breakage::set),
                Arbitraries.just(new Breakage("selfReport", "", null)));
    }

    /** Truncated, corrupted or non-object JSON. */
    private Arbitrary<String> brokenJson() {
        Arbitrary<String> truncated = validBody().map(Object::toString)
                .flatMap(json -> Arbitraries.integers().between(0, json.length() - 1).map(end -> json.substring(0, end)));
        Arbitrary<String> nonObjects = Arbitraries.of("[]", "[{\"reporterId\":\"u-1\"}]", "\"report\"", "42", "null", "true", "");
        Arbitrary<String> garbage = Arbitraries.strings().ofMinLength(1).ofMaxLength(100)
                .filter(text -> !text.trim().startsWith("{") && !text.trim().startsWith("["));
        Arbitrary<String> duplicateKeys = validBody().map(json -> json.toString().replaceFirst("\\{", "{\"category\":1,"));
        return Arbitraries.oneOf(truncated, nonObjects, garbage, duplicateKeys);
    }

    private Arbitrary<String> wrongContentTypes() {
        return Arbitraries.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "text/html; charset=utf-8", "application/octet-stream");
    }

    private Arbitrary<String> badIdempotencyKeys() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "two words", "キー", "k\u0000ey"),
                Arbitraries.strings().alpha().ofLength(129));
    }

    private static String oversized(int size) {
        String prefix = "{\"reporterId\":\"u-1\",\"target\":{\"type\":\"posting\",\"id\":\"p-1\"},\"category\":\"OTHER\",\"detail\":\"";
        return prefix + "x".repeat(size - prefix.length() - 2) + "\"}";
    }

    private static APIGatewayProxyRequestEvent event(String body, String contentType, String idempotencyKey) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/reports").withHeaders(headers).withBody(body);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
