package dev.marketguard.functions.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.EXTERNAL_TERMS_VIOLATION;
import static dev.marketguard.core.category.ViolationCategory.MULTI_LEVEL_MARKETING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static dev.marketguard.core.category.ViolationCategory.STEALTH_MARKETING;
import static dev.marketguard.core.category.ViolationCategory.UNCERTAIN_REWARD;
import static dev.marketguard.core.category.ViolationCategory.UNPAID_SAMPLE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.testing.MutableClock;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The job's requests do not grow with the number of violations: 10,000 against 10, counted with
 * an SDK interceptor. A class of its own, so its stack keeps the big table away from the other
 * emulator tests (moto copies a table for each transaction, which makes the ledger's writes slow).
 */
@EmulatorTest
class MonthlyReportScaleEmulatorTest {
    /** 10,000 violations in December 2018, unevenly over the seven categories. */
    private static final Map<ViolationCategory, Integer> DECEMBER = new EnumMap<>(Map.of(
            MULTI_LEVEL_MARKETING, 1200, EXTERNAL_TERMS_VIOLATION, 300, STEALTH_MARKETING, 900, DIRECT_TRADING, 4000,
            UNCERTAIN_REWARD, 1800, UNPAID_SAMPLE_REQUEST, 1100, OTHER, 700));
    private static final Map<ViolationCategory, Integer> OCTOBER = new EnumMap<>(Map.of(
            DIRECT_TRADING, 6, OTHER, 3, STEALTH_MARKETING, 1));

    private DeployedStack stack;
    private EmulatedFunction function;
    private RequestCounter requests;
    private MonthlyReportHandler handler;

    @BeforeEach
    void setUp(DeployedStack stack) {
        this.stack = stack;
        function = new EmulatedFunction(stack, new MutableClock(OffsetDateTime.parse("2019-01-01T00:10:00+09:00").toInstant()));
        requests = function.requests;
        handler = function.handler;
    }

    @Test
    void aMonthOf10000ViolationsCostsTheSameRequestsAsAMonthOf10() throws Exception {
        long seeding = System.nanoTime();
        seed(YearMonth.of(2018, 12), DECEMBER);
        seed(YearMonth.of(2018, 10), OCTOBER);
        System.out.printf("seeded 10,010 violations (guards and counters, BatchWriteItem) in %d ms%n",
                (System.nanoTime() - seeding) / 1_000_000);
        requests.takeAll();

        JsonNode december = Events.invoke(handler, Events.load("manual.json"));
        List<String> decemberRequests = requests.takeAll();
        JsonNode october = Events.invoke(handler, "{\"month\":\"2018-10\"}");
        List<String> octoberRequests = requests.takeAll();

        // counters of the month, counters of the month before, the stored report, save, publish, mark published
        List<String> expected = List.of("Query", "Query", "GetItem", "UpdateItem", "Publish", "UpdateItem");
        System.out.printf("requests for 10,000 violations: %s; for 10: %s%n", decemberRequests, octoberRequests);
        assertThat(decemberRequests).isEqualTo(expected);
        assertThat(octoberRequests).isEqualTo(expected);
        assertThat(december.path("total").asLong()).isEqualTo(10_000);
        assertThat(october.path("total").asLong()).isEqualTo(10);

        JsonNode body = Json.MAPPER.readTree(Events.invoke(handler, Events.load("api-get.json")).path("body").asText());
        assertThat(body.path("total").asLong()).isEqualTo(10_000);
        int i = 0;
        for (ViolationCategory category : ViolationCategory.values()) {
            JsonNode entry = body.path("categories").get(i++);
            assertThat(entry.path("category").asText()).isEqualTo(category.name());
            assertThat(entry.path("count").asLong()).as(category.name()).isEqualTo(DECEMBER.get(category).longValue());
        }
        assertThat(body.path("notice").asText()).contains("直接取引 4,000件(前月比 +4,000件)").contains("合計 10,000件");

        // Recount reads every violation item instead: the cost that the counters avoid.
        function.ledger.setMonthlyCount(YearMonth.of(2018, 12), DIRECT_TRADING, 3_990);
        function.ledger.setMonthlyCount(YearMonth.of(2018, 12), OTHER, 702);
        requests.takeAll();
        JsonNode recount = Events.invoke(handler, Events.load("manual-recount.json"));
        List<String> recountRequests = requests.takeAll();
        System.out.printf("recount of 10,000 violations: %d requests (%d Query)%n", recountRequests.size(),
                recountRequests.stream().filter("Query"::equals).count());

        assertThat(recount.path("recount").path("drift").toString()).isEqualTo(
                "[{\"category\":\"DIRECT_TRADING\",\"counter\":3990,\"actual\":4000},{\"category\":\"OTHER\",\"counter\":702,\"actual\":700}]");
        assertThat(function.ledger.monthlyCounts(YearMonth.of(2018, 12))).containsEntry(DIRECT_TRADING, 4000L).containsEntry(OTHER, 700L);
        assertThat(recount.path("total").asLong()).isEqualTo(10_000);
        assertThat(recount.path("published").asBoolean()).isFalse();   // the repaired counts are those published
        assertThat(recountRequests.stream().filter("Query"::equals).count()).isGreaterThan(expected.size());
    }

    /**
     * Writes the ledger's items for a month directly, in the shapes of docs/architecture.md:
     * one guard per violation and the seven counters, 25 items per BatchWriteItem (the ledger's
     * one transaction per violation would take minutes against a single-threaded emulator).
     */
    private void seed(YearMonth month, Map<ViolationCategory, Integer> counts) {
        String table = stack.tableName("ViolationsTable");
        String monthText = JstCalendar.format(month);
        Instant establishedAt = JstCalendar.startOf(month).plus(Duration.ofDays(3));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        counts.forEach((category, count) -> {
            for (int n = 0; n < count; n++) {
                String id = monthText + "-" + category.name().toLowerCase() + "-" + n;
                Map<String, AttributeValue> guard = new HashMap<>();
                guard.put("pk", s(monthText + "#" + category.name()));
                guard.put("sk", s("posting#p-" + id));
                guard.put("recordType", s("violation"));
                guard.put("month", s(monthText));
                guard.put("category", s(category.name()));
                guard.put("subjectType", s("posting"));
                guard.put("subjectId", s("p-" + id));
                guard.put("source", s("screening"));
                guard.put("sourceId", s("s-" + id));
                guard.put("offenderId", s("c-" + (n % 97)));
                guard.put("establishedAt", s(establishedAt.toString()));
                items.add(guard);
            }
            items.add(Map.of("pk", s(monthText), "sk", s("count#" + category.name()), "recordType", s("counter"),
                    "count", AttributeValue.fromN(Integer.toString(count)), "month", s(monthText), "category", s(category.name())));
        });
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + 25)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = stack.dynamoDb().batchWriteItem(b -> b.requestItems(request));
                pending = response.unprocessedItems();
            }
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
