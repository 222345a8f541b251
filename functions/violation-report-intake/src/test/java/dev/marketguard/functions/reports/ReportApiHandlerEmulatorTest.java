package dev.marketguard.functions.reports;

import static dev.marketguard.functions.reports.Events.body;
import static dev.marketguard.functions.reports.Events.postReport;
import static dev.marketguard.functions.reports.Events.postResolution;
import static dev.marketguard.functions.reports.Events.report;
import static dev.marketguard.functions.reports.Events.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The handler as Lambda runs it (the environment template.yaml gives ViolationReportIntakeFunction)
 * against the template's ReportsTable and ViolationsTable in the emulator. Every test uses its own
 * reporters and targets, so the tests share one stack without seeing each other's items.
 */
@EmulatorTest
class ReportApiHandlerEmulatorTest {
    private DeployedStack stack;
    private DynamoDbClient dynamoDb;
    private String reportsTable;
    private String violationsTable;
    private ReportApiHandler handler;

    @BeforeEach
    void setUp(DeployedStack stack) {
        this.stack = stack;
        this.dynamoDb = stack.dynamoDb();
        this.reportsTable = stack.tableName("ReportsTable");
        this.violationsTable = stack.tableName("ViolationsTable");
        this.handler = handlerWith(Map.of());
    }

    private ReportApiHandler handlerWith(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(stack.functionEnvironment("ViolationReportIntakeFunction"));
        env.putAll(overrides);
        return new ReportApiHandler(new AwsEnvironment(env));
    }

    private Map<String, AttributeValue> item(String pk) {
        return dynamoDb.getItem(g -> g.tableName(reportsTable).key(Map.of("pk", AttributeValue.fromS(pk))).consistentRead(true)).item();
    }

    private List<Map<String, AttributeValue>> reportsBy(String reporterId) {
        return dynamoDb.scanPaginator(s -> s.tableName(reportsTable).consistentRead(true)
                        .filterExpression("recordType = :report AND reporterId = :reporter")
                        .expressionAttributeValues(Map.of(":report", AttributeValue.fromS("report"), ":reporter", AttributeValue.fromS(reporterId))))
                .items().stream().toList();
    }

    private String reportId(APIGatewayProxyResponseEvent response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
        return body(response).path("reportId").asText();
    }

    @Test
    void aReportIsStoredWithItsGuardsAndCountersBeforeTheAnswer() {
        long before = Instant.now().getEpochSecond();
        String reportId = reportId(handler.handleRequest(withHeader(postReport(report("u-w1", "posting", "p-w1", "DIRECT_TRADING")),
                "Idempotency-Key", "key-w1"), null));

        Map<String, AttributeValue> report = item("report#" + reportId);
        assertThat(report.get("recordType").s()).isEqualTo("report");
        assertThat(report.get("reportId").s()).isEqualTo(reportId);
        assertThat(report.get("reporterId").s()).isEqualTo("u-w1");
        assertThat(report.get("targetType").s()).isEqualTo("posting");
        assertThat(report.get("targetId").s()).isEqualTo("p-w1");
        assertThat(report.get("category").s()).isEqualTo("DIRECT_TRADING");
        assertThat(report.get("detail").s()).isEqualTo("外部のフォームへ誘導されました");
        assertThat(report.get("status").s()).isEqualTo("received");
        assertThat(report.get("priority").s()).isEqualTo("normal");
        assertThat(report.get("targetReportCount").n()).isEqualTo("1");
        assertThat(Instant.parse(report.get("receivedAt").s()).getEpochSecond()).isBetween(before - 1, before + 60);
        assertThat(report).doesNotContainKey("expiresAt"); // reports are kept; only guards and counters expire

        assertThat(item("dedupe#u-w1#posting#p-w1#DIRECT_TRADING").get("reportId").s()).isEqualTo(reportId);
        assertThat(Long.parseLong(item("dedupe#u-w1#posting#p-w1#DIRECT_TRADING").get("expiresAt").n()))
                .isBetween(before + 29 * 86400L, before + 31 * 86400L);
        assertThat(item("idempotency#key-w1").get("reportId").s()).isEqualTo(reportId);
        String day = JstCalendar.inTokyo(Instant.parse(report.get("receivedAt").s())).toLocalDate().toString();
        assertThat(item("quota#u-w1#" + day).get("count").n()).isEqualTo("1");
        assertThat(item("target#posting#p-w1#" + day).get("count").n()).isEqualTo("1");
        assertThat(item("quota#u-w1#" + day)).containsKey("expiresAt");
    }

    @Test
    void theReportReachesTheStreamAsTheInsertTheNotifierFiltersOn() {
        String reportId = reportId(handler.handleRequest(postReport(report("u-s1", "user", "c-s1", "FRAUD")), null));

        List<Record> inserts = new ArrayList<>();
        for (int poll = 0; poll < 20 && inserts.isEmpty(); poll++) {
            stack.tapStream("ReportsTable").poll().stream()
                    .filter(r -> r.eventName() == OperationType.INSERT)
                    .filter(r -> r.dynamodb().newImage().get("pk").s().equals("report#" + reportId))
                    .forEach(inserts::add);
        }
        assertThat(inserts).singleElement().satisfies(r -> {
            Map<String, AttributeValue> image = r.dynamodb().newImage();
            assertThat(image.get("recordType").s()).isEqualTo("report");
            assertThat(image.get("category").s()).isEqualTo("FRAUD");
            assertThat(image.get("priority").s()).isEqualTo("normal");
            assertThat(image.get("targetReportCount").n()).isEqualTo("1");
        });
    }

    @Test
    void retriesAndRepeatsReturnTheFirstReportIdAndStoreNothingNew() {
        String first = reportId(handler.handleRequest(withHeader(postReport(report("u-i1", "proposal", "pr-i1", "OTHER")),
                "Idempotency-Key", "key-i1"), null));

        assertThat(reportId(handler.handleRequest(withHeader(postReport(report("u-i1", "proposal", "pr-i1", "OTHER")),
                "Idempotency-Key", "key-i1"), null))).isEqualTo(first);
        assertThat(reportId(handler.handleRequest(withHeader(postReport(report("u-i1", "proposal", "pr-i1", "OTHER")),
                "Idempotency-Key", "key-i2"), null))).isEqualTo(first);
        assertThat(reportId(handler.handleRequest(postReport(report("u-i1", "proposal", "pr-i1", "OTHER")), null))).isEqualTo(first);

        assertThat(reportsBy("u-i1")).hasSize(1);
        assertThat(item("idempotency#key-i2")).isEmpty();
        String day = JstCalendar.inTokyo(Instant.now()).toLocalDate().toString();
        assertThat(item("quota#u-i1#" + day).get("count").n()).isEqualTo("1");
    }

    @Test
    void hundredConcurrentIdenticalReportsStoreExactlyOne() throws Exception {
        List<Callable<APIGatewayProxyResponseEvent>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(() -> handler.handleRequest(postReport(report("u-c1", "message", "m-c1", "DIRECT_TRADING")), null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> reportIds = new ArrayList<>();
        try {
            for (Future<APIGatewayProxyResponseEvent> response : pool.invokeAll(calls)) {
                reportIds.add(reportId(response.get()));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(reportIds).hasSize(100).containsOnly(reportIds.get(0));
        assertThat(reportsBy("u-c1")).singleElement()
                .satisfies(item -> assertThat(item.get("reportId").s()).isEqualTo(reportIds.get(0)));
    }

    @Test
    void overTheDailyLimitIs429AndStoresNothing() {
        ReportApiHandler limited = handlerWith(Map.of("REPORT_DAILY_LIMIT", "3"));
        for (int i = 1; i <= 3; i++) {
            reportId(limited.handleRequest(postReport(report("u-q1", "posting", "p-q" + i, "UNCERTAIN_REWARD")), null));
        }
        APIGatewayProxyResponseEvent refused = limited.handleRequest(postReport(report("u-q1", "posting", "p-q4", "UNCERTAIN_REWARD")), null);

        assertThat(refused.getStatusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeaders().get("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(reportsBy("u-q1")).hasSize(3);
        assertThat(item("dedupe#u-q1#posting#p-q4#UNCERTAIN_REWARD")).isEmpty();
        // a retry of an accepted report is still answered, limit or not
        assertThat(limited.handleRequest(postReport(report("u-q1", "posting", "p-q1", "UNCERTAIN_REWARD")), null).getStatusCode())
                .isEqualTo(202);
    }

    @Test
    void theThirdReporterOfTheDayMakesTheTargetHighPriority() {
        List<String> ids = new ArrayList<>();
        for (String reporter : List.of("u-p1", "u-p2", "u-p3")) {
            ids.add(reportId(handler.handleRequest(postReport(report(reporter, "posting", "p-hot1", "MULTI_LEVEL_MARKETING")), null)));
        }
        assertThat(ids.stream().map(id -> item("report#" + id).get("priority").s()).toList()).containsExactly("normal", "normal", "high");
        assertThat(item("report#" + ids.get(2)).get("targetReportCount").n()).isEqualTo("3");
    }

    @Test
    void aConfirmedReportCountsOnceInTheLedgerWithItsOffender() {
        String reportId = reportId(handler.handleRequest(postReport(report("u-r1", "user", "c-r1", "FRAUD")), null));
        String confirm = "{\"outcome\":\"confirmed\",\"category\":\"FRAUD\",\"resolverId\":\"staff-1\"}";

        APIGatewayProxyResponseEvent resolved = handler.handleRequest(postResolution(reportId, confirm), null);
        APIGatewayProxyResponseEvent again = handler.handleRequest(postResolution(reportId, confirm), null);
        APIGatewayProxyResponseEvent conflicting = handler.handleRequest(postResolution(reportId,
                "{\"outcome\":\"dismissed\",\"resolverId\":\"staff-2\"}"), null);

        assertThat(resolved.getStatusCode()).isEqualTo(200);
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).isEqualTo(resolved.getBody());
        assertThat(conflicting.getStatusCode()).isEqualTo(409);

        Map<String, AttributeValue> report = item("report#" + reportId);
        assertThat(report.get("status").s()).isEqualTo("confirmed");
        assertThat(report.get("resolvedCategory").s()).isEqualTo("FRAUD");
        assertThat(report.get("resolverId").s()).isEqualTo("staff-1");
        assertThat(report.get("offenderId").s()).isEqualTo("c-r1");

        String month = JstCalendar.format(JstCalendar.monthOf(Instant.parse(report.get("resolvedAt").s())));
        Map<String, AttributeValue> violation = dynamoDb.getItem(g -> g.tableName(violationsTable).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(month + "#OTHER"), "sk", AttributeValue.fromS("user#c-r1")))).item();
        assertThat(violation.get("source").s()).isEqualTo("report");
        assertThat(violation.get("sourceId").s()).isEqualTo(reportId);
        Map<String, AttributeValue> offender = dynamoDb.getItem(g -> g.tableName(violationsTable).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("offender#c-r1"), "sk", AttributeValue.fromS("total")))).item();
        assertThat(offender.get("count").n()).isEqualTo("1");
        Map<String, AttributeValue> counter = dynamoDb.getItem(g -> g.tableName(violationsTable).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(month), "sk", AttributeValue.fromS("count#OTHER")))).item();
        assertThat(counter.get("count").n()).isEqualTo("1");

        assertThat(handler.handleRequest(postResolution("0b7f4b7e-1111-4222-8333-944455556666", confirm), null).getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void aMissingTableIs503AndWritesNothingElsewhere() {
        ReportApiHandler misconfigured = handlerWith(Map.of("REPORTS_TABLE", "no-such-table"));
        APIGatewayProxyResponseEvent response = misconfigured.handleRequest(postReport(report("u-d1", "posting", "p-d1", "OTHER")), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsKey("Retry-After");
        assertThat(reportsBy("u-d1")).isEmpty();
    }
}
