package dev.marketguard.functions.screening;

import java.util.concurrent.CopyOnWriteArrayList;
import dev.marketguard.aws.lambda.InProcessContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryScreeningStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.screening.FakeScreener;
import dev.marketguard.core.screening.ReviewStatus;
import dev.marketguard.core.screening.ScreeningService;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class ScreeningApiHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final FakeScreener screener = new FakeScreener();
    private final InMemoryScreeningStore store = new InMemoryScreeningStore();
    private final FailingLedger ledger = new FailingLedger();
    private final ByteArrayOutputStream emf = new ByteArrayOutputStream();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final InProcessContext context = new InProcessContext("PostingScreeningFunction", logLines::add);
    private ScreeningApiHandler handler;

    @BeforeEach
    void setUp() {
        ScreeningService service = new ScreeningService(screener, store, ledger, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> "s-" + ids.incrementAndGet());
        handler = new ScreeningApiHandler(service,
                new MetricsLogger("marketguard", "posting-screening", new PrintStream(emf, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private APIGatewayProxyResponseEvent call(APIGatewayProxyRequestEvent event) {
        return handler.handleRequest(event, context);
    }

    private List<JsonNode> metricLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : emf.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(Events.json(line));
            }
        }
        return lines;
    }

    @Test
    void theSamplePostingWithAPhoneNumberIsBlockedWithTheDesignedVerdict() {
        APIGatewayProxyRequestEvent event = Events.load("screen-posting.json");
        String postingBody = Events.body(event).get("body").asText();

        APIGatewayProxyResponseEvent response = call(event);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        JsonNode verdict = Events.json(response);
        assertThat(verdict.get("screeningId").asText()).isEqualTo("s-1");
        assertThat(verdict.get("subject")).isEqualTo(Events.json("{\"type\":\"posting\",\"id\":\"p-123\"}"));
        assertThat(verdict.get("decision").asText()).isEqualTo("block");
        JsonNode violation = verdict.get("violations").get(0);
        assertThat(violation.get("category").asText()).isEqualTo("DIRECT_TRADING");
        assertThat(violation.get("label").asText()).isEqualTo("直接取引");
        assertThat(violation.get("rule").asText()).isEqualTo("contact.phone");
        assertThat(violation.get("score").asDouble()).isEqualTo(0.97);
        JsonNode evidence = violation.get("evidence").get(0);
        assertThat(evidence.get("field").asText()).isEqualTo("body");
        assertThat(postingBody.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                .isEqualTo(evidence.get("text").asText()).isEqualTo(FakeScreener.PHONE);
        assertThat(verdict.get("warnings").isArray()).isTrue();
        assertThat(verdict.get("rulesetVersion").asText()).isEqualTo(FakeScreener.VERSION);
        assertThat(verdict.get("screenedAt").asText()).isEqualTo("2026-11-28T19:00:00.000+09:00");

        assertThat(store.find("s-1")).isPresent();
        assertThat(ledger.violationsIn(NOVEMBER)).singleElement().isEqualTo(new EstablishedViolation(
                ViolationCategory.DIRECT_TRADING, dev.marketguard.core.subject.Subject.posting("p-123"), "c-9", "screening", "s-1", NOW));
        assertThat(metricLines()).singleElement().satisfies(line -> {
            assertThat(line.get("Category").asText()).isEqualTo("DIRECT_TRADING");
            assertThat(line.get("Decision").asText()).isEqualTo("block");
            assertThat(line.get("Decisions").asInt()).isEqualTo(1);
        });
        assertThat(logLines).anySatisfy(line -> assertThat(line).startsWith("INFO screened posting#p-123: block"));
    }

    @Test
    void contactDetailsInAMessageCountOnlyBeforeTheContractOrOutsideProjectMode() {
        APIGatewayProxyRequestEvent sample = Events.load("screen-message.json");

        JsonNode before = Events.json(call(sample));
        ObjectNode afterEscrow = Events.body(sample).put("messageId", "m-2").put("phase", "after_escrow");
        JsonNode after = Events.json(call(Events.withBody(Events.load("screen-message.json"), afterEscrow)));
        ObjectNode competition = afterEscrow.deepCopy().put("messageId", "m-3").put("workStyle", "competition");
        JsonNode afterInCompetition = Events.json(call(Events.withBody(Events.load("screen-message.json"), competition)));

        assertThat(before.get("decision").asText()).isEqualTo("block");
        assertThat(before.get("subject").get("type").asText()).isEqualTo("message");
        assertThat(after.get("decision").asText()).isEqualTo("allow");
        assertThat(after.get("violations")).isEmpty();
        assertThat(afterInCompetition.get("decision").asText()).isEqualTo("block");
        assertThat(ledger.monthlyCounts(NOVEMBER)).containsEntry(ViolationCategory.DIRECT_TRADING, 2L);
        assertThat(metricLines()).extracting(line -> line.get("Category").asText() + "/" + line.get("Decision").asText())
                .containsExactly("DIRECT_TRADING/block", "NONE/allow", "DIRECT_TRADING/block");
    }

    @Test
    void aBlockedPostingRescreenedCountsOnce() {
        call(Events.load("screen-posting.json"));
        call(Events.load("screen-posting.json"));

        assertThat(store.find("s-1")).isPresent();
        assertThat(store.find("s-2")).isPresent();
        assertThat(ledger.monthlyCounts(NOVEMBER)).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
        assertThat(ledger.offenderTotal("c-9")).isEqualTo(1);
    }

    @Test
    void reviewVerdictsArePagedOldestFirstAndAConfirmedReviewCounts() {
        for (String postingId : List.of("p-r1", "p-r2", "p-r3")) {
            ObjectNode posting = Events.body(Events.load("screen-posting.json")).put("postingId", postingId).put("body", "報酬は歩合制です");
            assertThat(Events.json(call(Events.withBody(Events.load("screen-posting.json"), posting))).get("decision").asText())
                    .isEqualTo("review");
        }
        assertThat(ledger.monthlyCounts(NOVEMBER).values()).containsOnly(0L);

        JsonNode first = Events.json(call(Events.load("review-queue.json")));
        assertThat(first.get("items")).extracting(item -> item.get("screeningId").asText()).containsExactly("s-1", "s-2");
        assertThat(first.get("items").get(0).get("reviewStatus").asText()).isEqualTo("pending");
        assertThat(first.get("items").get(0).get("authorId").asText()).isEqualTo("c-9");
        JsonNode second = Events.json(call(Events.queue(2, first.get("nextCursor").asText())));
        assertThat(second.get("items")).extracting(item -> item.get("screeningId").asText()).containsExactly("s-3");
        assertThat(second.get("nextCursor").isNull()).isTrue();

        APIGatewayProxyResponseEvent decided = call(Events.review("s-2", "{\"outcome\":\"violation\",\"reviewerId\":\"staff-7\"}"));

        assertThat(decided.getStatusCode()).isEqualTo(200);
        JsonNode result = Events.json(decided);
        assertThat(result.get("reviewStatus").asText()).isEqualTo("violation");
        assertThat(result.get("review").get("reviewerId").asText()).isEqualTo("staff-7");
        assertThat(result.get("established")).isEqualTo(Events.json("[{\"category\":\"UNCERTAIN_REWARD\",\"counted\":true}]"));
        assertThat(ledger.monthlyCounts(NOVEMBER)).containsEntry(ViolationCategory.UNCERTAIN_REWARD, 1L);
        assertThat(Events.json(call(Events.queue(10, null))).get("items")).extracting(item -> item.get("screeningId").asText())
                .containsExactly("s-1", "s-3");

        assertThat(call(Events.review("s-2", "{\"outcome\":\"clean\",\"reviewerId\":\"staff-8\"}")).getStatusCode()).isEqualTo(409);
        assertThat(call(Events.load("review-decision.json")).getStatusCode()).isEqualTo(404);
        assertThat(store.find("s-2").orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.VIOLATION);
    }

    @Test
    void aReviewNamingACategoryCountsThatCategory() {
        ObjectNode posting = Events.body(Events.load("screen-posting.json")).put("body", "報酬は歩合制です");
        call(Events.withBody(Events.load("screen-posting.json"), posting));

        JsonNode result = Events.json(call(Events.review("s-1",
                "{\"outcome\":\"violation\",\"category\":\"MULTI_LEVEL_MARKETING\",\"reviewerId\":\"staff-7\"}")));

        assertThat(result.get("review").get("category").asText()).isEqualTo("MULTI_LEVEL_MARKETING");
        assertThat(ledger.monthlyCounts(NOVEMBER)).containsEntry(ViolationCategory.MULTI_LEVEL_MARKETING, 1L)
                .containsEntry(ViolationCategory.UNCERTAIN_REWARD, 0L);
    }

    @Test
    void reviewInputIsValidatedFieldByField() {
        ObjectNode posting = Events.body(Events.load("screen-posting.json")).put("body", "報酬は歩合制です");
        call(Events.withBody(Events.load("screen-posting.json"), posting));

        assertFieldErrors(call(Events.review("s-1", "{\"outcome\":\"maybe\",\"category\":\"SPAM\"}")), "outcome", "category", "reviewerId");
        assertFieldErrors(call(Events.review("s-1", "{\"outcome\":\"clean\",\"category\":\"OTHER\",\"reviewerId\":\"staff-1\"}")), "category");
        assertFieldErrors(call(Events.review("s-1", "{\"outcome\":\"clean\",\"reviewerId\":\"staff-1\",\"note\":\"x\"}")), "note");
        assertThat(call(Events.review("x".repeat(129), "{\"outcome\":\"clean\",\"reviewerId\":\"staff-1\"}")).getStatusCode()).isEqualTo(404);
        assertThat(store.find("s-1").orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void queueParametersAreValidated() {
        assertFieldErrors(call(Events.load("review-queue.json").withQueryStringParameters(Map.of("limit", "lots"))), "limit");
        assertFieldErrors(call(Events.queue(0, null)), "limit");
        assertFieldErrors(call(Events.queue(101, null)), "limit");
        assertFieldErrors(call(Events.queue(10, "garbage!")), "cursor");
        assertThat(call(Events.queue(100, null)).getStatusCode()).isEqualTo(200);
    }

    @Test
    void missingOverLongAndUnknownFieldsAreAllReportedAndNothingIsScreened() {
        ObjectNode posting = Events.body(Events.load("screen-posting.json"));
        posting.remove("clientId");
        posting.put("title", "x".repeat(201));
        posting.put("workStyle", "freelance");
        posting.putObject("reward").put("type", "bitcoin").put("amount", -1);
        posting.put("colour", "red");

        assertFieldErrors(call(Events.withBody(Events.load("screen-posting.json"), posting)),
                "clientId", "title", "workStyle", "reward.type", "reward.amount", "colour");

        ObjectNode message = Events.body(Events.load("screen-message.json"));
        message.remove("phase");
        message.put("text", "y".repeat(20_001));
        message.put("senderId", "has space");
        assertFieldErrors(call(Events.withBody(Events.load("screen-message.json"), message)), "phase", "text", "senderId");

        assertThat(screener.calls()).isZero();
        assertThat(store.pendingReviews(10, null).items()).isEmpty();
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        ObjectNode posting = Events.body(Events.load("screen-posting.json"));
        posting.put("postingId", "p".repeat(128)).put("title", "題".repeat(200)).put("body", "本".repeat(20_000));
        posting.remove("workStyle");
        posting.remove("reward");

        APIGatewayProxyResponseEvent response = call(Events.withBody(Events.load("screen-posting.json"), posting));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(store.find("s-1").orElseThrow().workStyle().code()).isEqualTo("project");
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreRefused() {
        APIGatewayProxyRequestEvent sample = Events.load("screen-posting.json");
        for (String body : List.of("{\"postingId\":", "[1,2]", "\"text\"", "", "null")) {
            APIGatewayProxyResponseEvent response = call(Events.withBody(Events.load("screen-posting.json"), body));
            assertThat(response.getStatusCode()).as(body).isEqualTo(400);
            assertThat(Events.json(response).get("error").get("code").asText()).isEqualTo("invalid_request");
        }
        assertThat(call(sample.withBody("{\"x\":\"" + "a".repeat(64 * 1024) + "\"}")).getStatusCode()).isEqualTo(413);
        Map<String, String> plain = new HashMap<>(Map.of("Content-Type", "text/plain"));
        assertThat(call(Events.load("screen-posting.json").withHeaders(plain)).getStatusCode()).isEqualTo(415);
        assertThat(screener.calls()).isZero();
    }

    @Test
    void aBase64EncodedBodyIsRead() {
        APIGatewayProxyRequestEvent event = Events.load("screen-posting.json");
        event.setBody(Base64.getEncoder().encodeToString(event.getBody().getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        assertThat(call(event).getStatusCode()).isEqualTo(200);
    }

    @Test
    void junkInAnyFieldIsA400NeverA500() {
        List<String> junk = List.of("null", "1", "-1.5", "true", "[]", "{}", "\"\"", "\"   \"", "\"\\u0000\"",
                "\"" + "長".repeat(20_001) + "\"", "\"\\ud800\"", "{\"type\":\"fixed\",\"amount\":1e400}");
        Map<String, APIGatewayProxyRequestEvent> samples = Map.of(
                "screen-posting.json", Events.load("screen-posting.json"),
                "screen-message.json", Events.load("screen-message.json"));
        int calls = 0;
        for (Map.Entry<String, APIGatewayProxyRequestEvent> sample : samples.entrySet()) {
            ObjectNode valid = Events.body(sample.getValue());
            List<String> fields = new ArrayList<>();
            valid.fieldNames().forEachRemaining(fields::add);
            fields.add("reward.type");
            fields.add("reward.amount");
            for (String field : fields) {
                for (String value : junk) {
                    ObjectNode body = valid.deepCopy();
                    JsonNode parsed = Events.json(value.startsWith("\"\\ud800") ? "\"\\ud800\"" : value);
                    if (field.startsWith("reward.")) {
                        body.putObject("reward").put("type", "fixed").set(field.substring(7), parsed);
                    } else {
                        body.set(field, parsed);
                    }
                    APIGatewayProxyResponseEvent response = call(Events.withBody(Events.load(sample.getKey()), body));
                    calls++;
                    assertThat(response.getStatusCode()).as(sample.getKey() + " " + field + "=" + value).isIn(200, 400);
                }
            }
        }
        APIGatewayProxyResponseEvent reviewJunk = call(Events.review("s-1", "{\"outcome\":[],\"category\":{},\"reviewerId\":7}"));
        assertThat(reviewJunk.getStatusCode()).isEqualTo(400);
        assertThat(calls).isGreaterThan(100);
    }

    @Test
    void routesByPathWhenTheEventNamesNoResource() {
        APIGatewayProxyRequestEvent local = new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/screenings/postings")
                .withHeaders(Map.of("content-type", "application/json")).withBody(Events.load("screen-posting.json").getBody());
        assertThat(call(local).getStatusCode()).isEqualTo(200);
        APIGatewayProxyRequestEvent staged = new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/v1/screenings/review-queue");
        assertThat(call(staged).getStatusCode()).isEqualTo(200);

        ObjectNode posting = Events.body(Events.load("screen-posting.json")).put("body", "歩合");
        call(Events.withBody(Events.load("screen-posting.json"), posting));
        APIGatewayProxyRequestEvent review = new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/screenings/s-2/review")
                .withBody("{\"outcome\":\"clean\",\"reviewerId\":\"staff-1\"}");
        assertThat(call(review).getStatusCode()).isEqualTo(200);
        assertThat(store.find("s-2").orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.CLEAN);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        APIGatewayProxyResponseEvent notFound = call(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/screenings/s-1"));
        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(Events.json(notFound).get("error").get("code").asText()).isEqualTo("not_found");

        APIGatewayProxyResponseEvent wrongMethod = call(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/screenings/postings"));
        assertThat(wrongMethod.getStatusCode()).isEqualTo(405);
        assertThat(wrongMethod.getHeaders()).containsEntry("Allow", "POST");
        assertThat(call(new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/screenings/%zz/review")
                .withBody("{\"outcome\":\"clean\",\"reviewerId\":\"staff-1\"}")).getStatusCode()).isEqualTo(404);
    }

    @Test
    void aFailingLedgerAnswers503AndStoresNoVerdict() {
        ledger.failing = true;

        APIGatewayProxyResponseEvent response = call(Events.load("screen-posting.json"));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsKey("Retry-After");
        assertThat(Events.json(response).get("error").get("code").asText()).isEqualTo("service_unavailable");
        assertThat(store.find("s-1")).isEmpty();
        assertThat(metricLines()).isEmpty();

        ledger.failing = false;
        assertThat(call(Events.load("screen-posting.json")).getStatusCode()).isEqualTo(200);
        assertThat(ledger.monthlyCounts(NOVEMBER)).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
    }

    @Test
    void aFailingLedgerDuringAReviewAnswers503AndLeavesTheVerdictPending() {
        ObjectNode posting = Events.body(Events.load("screen-posting.json")).put("body", "歩合");
        call(Events.withBody(Events.load("screen-posting.json"), posting));
        ledger.failing = true;

        assertThat(call(Events.review("s-1", "{\"outcome\":\"violation\",\"reviewerId\":\"staff-1\"}")).getStatusCode()).isEqualTo(503);

        assertThat(store.find("s-1").orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(Events.json(call(Events.queue(10, null))).get("items")).hasSize(1);
    }

    private static void assertFieldErrors(APIGatewayProxyResponseEvent response, String... fields) {
        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = Events.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_request");
        List<String> named = new ArrayList<>();
        error.get("fields").forEach(f -> named.add(f.get("field").asText()));
        assertThat(named).containsExactlyInAnyOrder(fields);
    }

    /** The in-memory ledger, failing like an unreachable DynamoDB while {@code failing}. */
    private static final class FailingLedger extends InMemoryViolationLedger {
        volatile boolean failing;

        @Override
        public synchronized Establishment establish(EstablishedViolation violation) {
            if (failing) {
                throw SdkClientException.create("Unable to execute HTTP request: connection refused");
            }
            return super.establish(violation);
        }
    }
}
