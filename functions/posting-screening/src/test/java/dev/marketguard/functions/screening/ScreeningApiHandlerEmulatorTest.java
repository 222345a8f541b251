package dev.marketguard.functions.screening;

import java.util.concurrent.CopyOnWriteArrayList;
import dev.marketguard.aws.lambda.InProcessContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.aws.screening.DynamoDbScreeningStore;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.FakeScreener;
import dev.marketguard.core.screening.ScreeningService;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.StreamTap;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The handler against the template's ScreeningsTable (with its ReviewQueue index and stream) and
 * ViolationsTable. The function as template.yaml configures it (real engine) where the engine
 * matters; a fake engine where the test is about storage, counting and review decisions.
 */
@EmulatorTest
class ScreeningApiHandlerEmulatorTest {
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final InProcessContext context = new InProcessContext("PostingScreeningFunction", logLines::add);
    private DynamoDbClient dynamoDb;
    private String screeningsTable;
    private DynamoDbViolationLedger ledger;
    private ScreeningApiHandler handler;

    @BeforeEach
    void setUp(DeployedStack stack) {
        dynamoDb = stack.dynamoDb();
        screeningsTable = stack.tableName("ScreeningsTable");
        ledger = new DynamoDbViolationLedger(dynamoDb, stack.tableName("ViolationsTable"));
        handler = handlerWith(ledger);
    }

    private ScreeningApiHandler handlerWith(DynamoDbViolationLedger violations) {
        ScreeningService service = new ScreeningService(new FakeScreener(), new DynamoDbScreeningStore(dynamoDb, screeningsTable), violations);
        return new ScreeningApiHandler(service, new MetricsLogger("marketguard", "posting-screening",
                new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC()));
    }

    /** The handler as Lambda builds it: the real engine, the tables from the template's environment. */
    private static ScreeningApiHandler deployed(DeployedStack stack) {
        return new ScreeningApiHandler(new AwsEnvironment(stack.functionEnvironment("PostingScreeningFunction")));
    }

    private APIGatewayProxyResponseEvent call(APIGatewayProxyRequestEvent event) {
        return handler.handleRequest(event, context);
    }

    private static APIGatewayProxyRequestEvent posting(String postingId, String clientId, String body) {
        ObjectNode posting = Events.body(Events.load("screen-posting.json")).put("postingId", postingId).put("clientId", clientId).put("body", body);
        return Events.withBody(Events.load("screen-posting.json"), posting);
    }

    private static YearMonth thisMonth() {
        return JstCalendar.monthOf(Instant.now());
    }

    /** Tests share the stack (and this month's counter): compare against the count before. */
    private long directTradingThisMonth() {
        return ledger.monthlyCounts(thisMonth()).get(ViolationCategory.DIRECT_TRADING);
    }

    private Map<String, AttributeValue> item(String screeningId) {
        return dynamoDb.getItem(g -> g.tableName(screeningsTable).key(Map.of("screeningId", AttributeValue.fromS(screeningId)))).item();
    }

    private List<Map<String, AttributeValue>> itemsOf(String subjectId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamoDb.scanPaginator(s -> s.tableName(screeningsTable).filterExpression("subjectId = :id")
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(subjectId)))).items().forEach(items::add);
        return items;
    }

    @Test
    void aBlockIsStoredAsTheArchitectureSaysCountedAndStreamedForTheNotifier(DeployedStack stack) {
        StreamTap stream = stack.tapStream("ScreeningsTable");
        stream.poll();
        long before = directTradingThisMonth();

        JsonNode verdict = Events.json(call(posting("p-store", "c-store", "電話 " + FakeScreener.PHONE)));

        Map<String, AttributeValue> item = item(verdict.get("screeningId").asText());
        assertThat(item.get("subjectType").s()).isEqualTo("posting");
        assertThat(item.get("subjectId").s()).isEqualTo("p-store");
        assertThat(item.get("authorId").s()).isEqualTo("c-store");
        assertThat(item.get("decision").s()).isEqualTo("block");
        assertThat(item.get("reviewStatus").s()).isEqualTo("none");
        assertThat(item.get("workStyle").s()).isEqualTo("project");
        assertThat(item.get("screenedAt").s()).isEqualTo(verdict.get("screenedAt").asText());
        assertThat(item.get("rulesetVersion").s()).isEqualTo(verdict.get("rulesetVersion").asText());
        assertThat(Events.json(item.get("violations").s())).isEqualTo(verdict.get("violations"));
        assertThat(Events.json(item.get("warnings").s())).isEqualTo(verdict.get("warnings"));
        assertThat(item).doesNotContainKeys("reviewQueue", "queuedAt", "phase");

        assertThat(directTradingThisMonth()).isEqualTo(before + 1);
        assertThat(ledger.offenderTotal("c-store")).isEqualTo(1);

        List<Record> records = stream.poll();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.eventNameAsString()).isEqualTo("INSERT");
            assertThat(record.dynamodb().newImage().get("decision").s()).isEqualTo("block");
            assertThat(record.dynamodb().newImage().get("screeningId").s()).isEqualTo(verdict.get("screeningId").asText());
        });
    }

    @Test
    void hundredConcurrentScreeningsOfOnePostingStoreEveryVerdictAndCountOnce(DeployedStack stack) throws Exception {
        ScreeningApiHandler deployed = deployed(stack);
        long before = directTradingThisMonth();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<APIGatewayProxyResponseEvent>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                responses.add(pool.submit(() -> deployed.handleRequest(posting("p-race", "c-race", "連絡先 " + FakeScreener.PHONE), context)));
            }
            for (Future<APIGatewayProxyResponseEvent> response : responses) {
                assertThat(response.get().getStatusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(itemsOf("p-race")).hasSize(100).allSatisfy(item -> assertThat(item.get("decision").s()).isEqualTo("block"));
        assertThat(directTradingThisMonth()).isEqualTo(before + 1);
        assertThat(ledger.violationsIn(thisMonth())).filteredOn(v -> v.subject().id().equals("p-race")).hasSize(1);
        assertThat(ledger.offenderTotal("c-race")).isEqualTo(1);
    }

    @Test
    void theFunctionAsTemplateYamlConfiguresItBlocksAPhoneNumberWithTheRealEngine(DeployedStack stack) {
        long before = directTradingThisMonth();

        APIGatewayProxyResponseEvent response = deployed(stack).handleRequest(Events.load("screen-posting.json"), context);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode verdict = Events.json(response);
        assertThat(verdict.get("decision").asText()).isEqualTo("block");
        assertThat(verdict.get("violations")).extracting(v -> v.get("category").asText()).contains("DIRECT_TRADING");
        Map<String, AttributeValue> item = item(verdict.get("screeningId").asText());
        assertThat(item.get("rulesetVersion").s()).isEqualTo(verdict.get("rulesetVersion").asText()).isNotBlank();
        assertThat(directTradingThisMonth()).isEqualTo(before + 1);
    }

    @Test
    void aReviewVerdictWaitsInTheIndexedQueueUntilStaffConfirmIt() {
        String first = Events.json(call(posting("p-rev1", "c-rev", "報酬は歩合です"))).get("screeningId").asText();
        String second = Events.json(call(posting("p-rev2", "c-rev", "サンプル無償で"))).get("screeningId").asText();
        assertThat(item(first).get("reviewQueue").s()).isEqualTo("pending");
        assertThat(item(first).get("queuedAt").s()).isEqualTo(item(first).get("screenedAt").s() + "#" + first);

        List<String> queued = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Events.json(call(Events.queue(1, cursor)));
            page.get("items").forEach(i -> queued.add(i.get("screeningId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(queued).containsSubsequence(first, second);

        JsonNode decided = Events.json(call(Events.review(first, "{\"outcome\":\"violation\",\"reviewerId\":\"staff-1\"}")));
        assertThat(decided.get("established")).isEqualTo(Events.json("[{\"category\":\"UNCERTAIN_REWARD\",\"counted\":true}]"));
        assertThat(ledger.offenderTotal("c-rev")).isEqualTo(1);

        Map<String, AttributeValue> reviewed = item(first);
        assertThat(reviewed.get("reviewStatus").s()).isEqualTo("violation");
        assertThat(reviewed.get("reviewerId").s()).isEqualTo("staff-1");
        assertThat(reviewed.get("reviewedAt").s()).isEqualTo(decided.get("review").get("reviewedAt").asText());
        assertThat(reviewed).doesNotContainKeys("reviewQueue", "queuedAt", "reviewCategory");

        assertThat(call(Events.review(first, "{\"outcome\":\"clean\",\"reviewerId\":\"staff-2\"}")).getStatusCode()).isEqualTo(409);
        assertThat(call(Events.review("no-such-screening", "{\"outcome\":\"clean\",\"reviewerId\":\"staff-2\"}")).getStatusCode()).isEqualTo(404);

        JsonNode clean = Events.json(call(Events.review(second, "{\"outcome\":\"clean\",\"reviewerId\":\"staff-2\"}")));
        assertThat(clean.get("reviewStatus").asText()).isEqualTo("clean");
        assertThat(clean.get("established")).isEmpty();
        assertThat(ledger.offenderTotal("c-rev")).isEqualTo(1);
        JsonNode queue = Events.json(call(Events.queue(100, null)));
        assertThat(queue.get("items")).extracting(i -> i.get("screeningId").asText()).doesNotContain(first, second);
    }

    @Test
    void whenTheViolationsTableFailsTheAnswerIs503AndNoVerdictIsStored() {
        handler = handlerWith(new DynamoDbViolationLedger(dynamoDb, "no-such-table"));

        APIGatewayProxyResponseEvent response = call(posting("p-down", "c-down", FakeScreener.PHONE));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(itemsOf("p-down")).isEmpty();
        assertThat(logLines).anySatisfy(line -> assertThat(line).startsWith("ERROR dependency failed"));
    }
}
