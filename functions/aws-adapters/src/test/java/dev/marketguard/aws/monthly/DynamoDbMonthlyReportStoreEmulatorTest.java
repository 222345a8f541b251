package dev.marketguard.aws.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.monthly.Breakdown;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@EmulatorTest
class DynamoDbMonthlyReportStoreEmulatorTest {
    private DeployedStack stack;
    private DynamoDbMonthlyReportStore store;

    @BeforeEach
    void setUp(DeployedStack stack) {
        this.stack = stack;
        store = new DynamoDbMonthlyReportStore(stack.dynamoDb(), stack.tableName("MonthlyReportsTable"));
    }

    private static MonthlyReport report(YearMonth month, Breakdown breakdown, String generatedAt) {
        return MonthlyReport.unpublished(month, breakdown, Instant.parse(generatedAt), "違反内訳 <" + month + ">");
    }

    private Map<String, AttributeValue> item(YearMonth month) {
        return stack.dynamoDb().getItem(g -> g.tableName(stack.tableName("MonthlyReportsTable"))
                .key(Map.of("month", AttributeValue.fromS(month.toString())))).item();
    }

    @Test
    void writesTheDocumentedItemAndReadsItBack() throws Exception {
        YearMonth month = YearMonth.of(2018, 12);
        MonthlyReport report = report(month, Breakdown.of(Map.of(DIRECT_TRADING, 20L, OTHER, 2L)), "2018-12-31T15:10:00Z");

        store.save(report);

        Map<String, AttributeValue> item = item(month);
        assertThat(item.keySet()).containsExactlyInAnyOrder("month", "timeZone", "generatedAt", "total", "categories", "notice", "countsDigest");
        assertThat(item.get("timeZone").s()).isEqualTo("Asia/Tokyo");
        assertThat(item.get("generatedAt").s()).isEqualTo("2019-01-01T00:10:00+09:00");
        assertThat(item.get("total").n()).isEqualTo("22");
        assertThat(item.get("countsDigest").s()).isEqualTo(report.countsDigest());
        JsonNode categories = Json.MAPPER.readTree(item.get("categories").s());
        assertThat(categories).hasSize(7);
        assertThat(categories.get(3).toString()).isEqualTo("{\"category\":\"DIRECT_TRADING\",\"label\":\"直接取引\",\"count\":20}");
        assertThat(categories.get(0).path("category").asText()).isEqualTo("MULTI_LEVEL_MARKETING");

        assertThat(store.find(month)).contains(report);
    }

    @Test
    void aRebuildKeepsThePublicationRecord() {
        YearMonth month = YearMonth.of(2018, 11);
        MonthlyReport first = report(month, Breakdown.of(Map.of(OTHER, 1L)), "2018-12-01T00:00:00Z");
        store.save(first);
        assertThat(store.markPublished(month, first.countsDigest(), Instant.parse("2018-12-01T00:00:05Z"))).isTrue();

        store.save(report(month, Breakdown.of(Map.of(OTHER, 1L)), "2018-12-02T00:00:00Z"));

        MonthlyReport stored = store.find(month).orElseThrow();
        assertThat(stored.generatedAt()).isEqualTo(Instant.parse("2018-12-02T00:00:00Z"));
        assertThat(stored.publishedAt()).isEqualTo(Instant.parse("2018-12-01T00:00:05Z"));
        assertThat(stored.isPublishedAsIs()).isTrue();
        assertThat(item(month).get("publishedAt").s()).isEqualTo("2018-12-01T09:00:05+09:00");
    }

    @Test
    void doesNotRecordAPublicationOfCountsThatWereReplaced() {
        YearMonth month = YearMonth.of(2018, 10);
        MonthlyReport old = report(month, Breakdown.of(Map.of(OTHER, 1L)), "2018-11-01T00:00:00Z");
        store.save(old);
        store.save(report(month, Breakdown.of(Map.of(OTHER, 2L)), "2018-11-01T00:01:00Z"));

        assertThat(store.markPublished(month, old.countsDigest(), Instant.parse("2018-11-01T00:02:00Z"))).isFalse();
        assertThat(store.find(month).orElseThrow().publishedAt()).isNull();
        assertThat(store.markPublished(YearMonth.of(2000, 1), old.countsDigest(), Instant.parse("2018-11-01T00:02:00Z"))).isFalse();
        assertThat(store.find(YearMonth.of(2000, 1))).isEmpty();
    }
}
