package dev.marketguard.functions.notifier;

import dev.marketguard.emulator.DeployedStack;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Writes items the way the other functions do, per docs/architecture.md: a verdict in
 * ScreeningsTable; a report with its duplicate guard, reporter quota and target tally in one
 * transaction in ReportsTable; a breakdown in MonthlyReportsTable, published afterwards.
 */
final class StackItems {
    private final DeployedStack stack;

    StackItems(DeployedStack stack) {
        this.stack = stack;
    }

    void blockedPosting(String screeningId, String postingId, String clientId, String screenedAt) {
        String body = "お問い合わせは090-1234-5678またはabc@example.comまで";
        int phone = body.indexOf("090");
        int mail = body.indexOf("abc@");
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("screeningId", s(screeningId));
        item.put("subjectType", s("posting"));
        item.put("subjectId", s(postingId));
        item.put("authorId", s(clientId));
        item.put("decision", s("block"));
        item.put("violations", s("[{\"category\":\"DIRECT_TRADING\",\"label\":\"直接取引\",\"rule\":\"contact.phone\",\"score\":0.97,"
                + "\"evidence\":[{\"field\":\"body\",\"start\":" + phone + ",\"end\":" + (phone + 13) + ",\"text\":\"090-1234-5678\"}]},"
                + "{\"category\":\"DIRECT_TRADING\",\"label\":\"直接取引\",\"rule\":\"contact.email\",\"score\":0.93,"
                + "\"evidence\":[{\"field\":\"body\",\"start\":" + mail + ",\"end\":" + (mail + 15) + ",\"text\":\"abc@example.com\"}]}]"));
        item.put("warnings", s("[]"));
        item.put("rulesetVersion", s("2026.11.1"));
        item.put("screenedAt", s(screenedAt));
        item.put("workStyle", s("project"));
        item.put("reviewStatus", s("none"));
        stack.dynamoDb().putItem(p -> p.tableName(stack.tableName("ScreeningsTable")).item(item));
    }

    void allowedPosting(String screeningId, String postingId) {
        stack.dynamoDb().putItem(p -> p.tableName(stack.tableName("ScreeningsTable")).item(Map.of(
                "screeningId", s(screeningId), "subjectType", s("posting"), "subjectId", s(postingId), "authorId", s("c-ok"),
                "decision", s("allow"), "violations", s("[]"), "warnings", s("[]"), "screenedAt", s("2026-11-28T10:00:00Z"),
                "reviewStatus", s("none"))));
    }

    void report(String reportId, String reporterId, String targetType, String targetId, String category, String detail,
                String priority, int targetReportCount, String receivedAt) {
        String table = stack.tableName("ReportsTable");
        String day = receivedAt.substring(0, 10);
        Map<String, AttributeValue> report = new HashMap<>();
        report.put("pk", s("report#" + reportId));
        report.put("recordType", s("report"));
        report.put("reportId", s(reportId));
        report.put("reporterId", s(reporterId));
        report.put("targetType", s(targetType));
        report.put("targetId", s(targetId));
        report.put("category", s(category));
        report.put("detail", s(detail));
        report.put("receivedAt", s(receivedAt));
        report.put("priority", s(priority));
        report.put("targetReportCount", n(targetReportCount));
        report.put("status", s("received"));
        stack.dynamoDb().transactWriteItems(t -> t.transactItems(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(report)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of(
                        "pk", s("dedupe#" + reporterId + "#" + targetType + "#" + targetId + "#" + category),
                        "reportId", s(reportId)))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Map.of("pk", s("quota#" + reporterId + "#" + day)))
                        .updateExpression("ADD #count :one SET expiresAt = :expires")
                        .expressionAttributeNames(Map.of("#count", "count"))
                        .expressionAttributeValues(Map.of(":one", n(1), ":expires", n(1_900_000_000)))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(Map.of("pk", s("target#" + targetType + "#" + targetId + "#" + day)))
                        .updateExpression("ADD #count :one SET expiresAt = :expires")
                        .expressionAttributeNames(Map.of("#count", "count"))
                        .expressionAttributeValues(Map.of(":one", n(1), ":expires", n(1_900_000_000)))).build())));
    }

    void monthlyReportGeneratedThenPublished(String month, String publishedAt) {
        String table = stack.tableName("MonthlyReportsTable");
        stack.dynamoDb().putItem(p -> p.tableName(table).item(Map.of(
                "month", s(month), "timeZone", s("Asia/Tokyo"), "generatedAt", s("2018-12-31T15:10:00Z"), "total", n(57),
                "categories", s("[{\"category\":\"MULTI_LEVEL_MARKETING\",\"label\":\"マルチ商法\",\"count\":12},"
                        + "{\"category\":\"EXTERNAL_TERMS_VIOLATION\",\"label\":\"外部規約違反\",\"count\":3},"
                        + "{\"category\":\"STEALTH_MARKETING\",\"label\":\"ステルスマーケティング\",\"count\":5},"
                        + "{\"category\":\"DIRECT_TRADING\",\"label\":\"直接取引\",\"count\":20},"
                        + "{\"category\":\"UNCERTAIN_REWARD\",\"label\":\"報酬不確定\",\"count\":8},"
                        + "{\"category\":\"UNPAID_SAMPLE_REQUEST\",\"label\":\"サンプル・トライアルの無償要求\",\"count\":6},"
                        + "{\"category\":\"OTHER\",\"label\":\"その他\",\"count\":3}]"),
                "notice", s("違反内訳(2018年 12月)"), "countsDigest", s("d-57"))));
        stack.dynamoDb().updateItem(u -> u.tableName(table).key(Map.of("month", s(month)))
                .updateExpression("SET publishedAt = :at, publishedDigest = :digest")
                .expressionAttributeValues(Map.of(":at", s(publishedAt), ":digest", s("d-57"))));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
