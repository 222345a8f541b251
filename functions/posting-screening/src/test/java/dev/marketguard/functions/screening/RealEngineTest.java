package dev.marketguard.functions.screening;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import dev.marketguard.aws.lambda.InProcessContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryScreeningStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.screening.ScreeningService;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handler over the real screening engine (in-memory stores): the sample events as the marketplace sends them. */
class RealEngineTest {
    private static ScreeningEngine engine;
    private final InMemoryViolationLedger ledger = new InMemoryViolationLedger();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final InProcessContext context = new InProcessContext("PostingScreeningFunction", logLines::add);

    @BeforeAll
    static void loadEngine() {
        engine = ScreeningEngine.load(Thresholds.defaults());
    }

    private JsonNode call(APIGatewayProxyRequestEvent event) {
        ScreeningApiHandler handler = new ScreeningApiHandler(new ScreeningService(engine, new InMemoryScreeningStore(), ledger),
                new MetricsLogger("marketguard", "posting-screening", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC()));
        var response = handler.handleRequest(event, context);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return Events.json(response);
    }

    @Test
    void aPostingWithAPhoneNumberIsBlockedAsDirectTradingWithEvidenceIntoTheOriginalText() {
        APIGatewayProxyRequestEvent event = Events.load("screen-posting.json");
        String body = Events.body(event).get("body").asText();

        JsonNode verdict = call(event);

        assertThat(verdict.get("decision").asText()).isEqualTo("block");
        assertThat(verdict.get("rulesetVersion").asText()).isEqualTo(engine.rulesetVersion());
        JsonNode direct = null;
        for (JsonNode violation : verdict.get("violations")) {
            if (violation.get("category").asText().equals("DIRECT_TRADING")) {
                direct = violation;
            }
        }
        assertThat(direct).as(verdict.toString()).isNotNull();
        for (JsonNode evidence : direct.get("evidence")) {
            String field = evidence.get("field").asText();
            String original = field.equals("body") ? body : Events.body(event).get(field).asText();
            assertThat(original.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("text").asText());
        }
        assertThat(ledger.monthlyCounts(JstCalendar.monthOf(Instant.now()))).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
    }

    @Test
    void contactDetailsAfterEscrowInProjectModeAreNoDirectTradingButBeforeTheContractTheyAre() {
        ObjectNode message = Events.body(Events.load("screen-message.json"));
        JsonNode before = call(Events.load("screen-message.json"));
        JsonNode after = call(Events.withBody(Events.load("screen-message.json"), message.deepCopy().put("phase", "after_escrow")));

        assertThat(categories(before)).as(before.toString()).contains("DIRECT_TRADING");
        assertThat(before.get("decision").asText()).isNotEqualTo("allow");
        assertThat(categories(after)).as(after.toString()).doesNotContain("DIRECT_TRADING");
    }

    private static java.util.List<String> categories(JsonNode verdict) {
        java.util.List<String> categories = new java.util.ArrayList<>();
        verdict.get("violations").forEach(v -> categories.add(v.get("category").asText()));
        return categories;
    }
}
