package dev.marketguard.aws.monthly;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.MonthlyReportStore;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * MonthlyReportsTable (PK {@code month}; docs/architecture.md): month, timeZone, generatedAt,
 * total, categories (the API's JSON array), notice, countsDigest, and once published publishedAt
 * and publishedDigest. The support notifier reads this table's stream and tells support when
 * publishedAt changes, so publishedAt is written only when a publication really happened.
 */
public class DynamoDbMonthlyReportStore implements MonthlyReportStore {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbMonthlyReportStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<MonthlyReport> find(YearMonth month) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).key(key(month)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Instant publishedAt = item.containsKey("publishedAt") ? MonthlyReportJson.parseTime(item.get("publishedAt").s()) : null;
        String publishedDigest = item.containsKey("publishedDigest") ? item.get("publishedDigest").s() : null;
        return Optional.of(new MonthlyReport(month, MonthlyReportJson.parseCategories(item.get("categories").s()),
                MonthlyReportJson.parseTime(item.get("generatedAt").s()), item.get("notice").s(), publishedAt, publishedDigest));
    }

    /** One UpdateItem that sets the content and leaves publishedAt/publishedDigest as they are. */
    @Override
    public void save(MonthlyReport report) {
        dynamoDb.updateItem(u -> u.tableName(table).key(key(report.month()))
                .updateExpression("SET #zone = :zone, #generated = :generated, #total = :total, #categories = :categories, "
                        + "#notice = :notice, #digest = :digest")
                // Names as placeholders: several (timeZone, total) are DynamoDB reserved words.
                .expressionAttributeNames(Map.of("#zone", "timeZone", "#generated", "generatedAt", "#total", "total",
                        "#categories", "categories", "#notice", "notice", "#digest", "countsDigest"))
                .expressionAttributeValues(Map.of(
                        ":zone", s(MonthlyReport.TIME_ZONE),
                        ":generated", s(MonthlyReportJson.time(report.generatedAt())),
                        ":total", AttributeValue.fromN(Long.toString(report.total())),
                        ":categories", s(MonthlyReportJson.categories(report.breakdown()).toString()),
                        ":notice", s(report.notice()),
                        ":digest", s(report.countsDigest()))));
    }

    /** Conditional on the stored counts still being those that were published. */
    @Override
    public boolean markPublished(YearMonth month, String digest, Instant publishedAt) {
        try {
            dynamoDb.updateItem(u -> u.tableName(table).key(key(month))
                    .updateExpression("SET #publishedAt = :at, #publishedDigest = :digest")
                    .conditionExpression("#countsDigest = :digest")
                    .expressionAttributeNames(Map.of("#publishedAt", "publishedAt", "#publishedDigest", "publishedDigest",
                            "#countsDigest", "countsDigest"))
                    .expressionAttributeValues(Map.of(":at", s(MonthlyReportJson.time(publishedAt)), ":digest", s(digest))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(YearMonth month) {
        return Map.of("month", s(JstCalendar.format(month)));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
