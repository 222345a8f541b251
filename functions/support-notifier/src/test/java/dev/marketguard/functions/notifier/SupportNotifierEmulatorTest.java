package dev.marketguard.functions.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.streams.StreamRecordConverter;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import dev.marketguard.emulator.StreamTap;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The notifier as deployed: items written to template.yaml's tables as the other functions write
 * them, the handler driven by the tables' real stream records (one event per stream, as the
 * event source mappings deliver), and what queues subscribed to SupportTopic receive.
 */
@EmulatorTest
class SupportNotifierEmulatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STREAMS = List.of("ScreeningsTable", "ReportsTable", "ViolationsTable", "MonthlyReportsTable");

    @Test
    void everyEventReachesSupportOnceMaskedWithFilterableAttributes(DeployedStack stack) throws IOException {
        SqsInbox everything = stack.subscribeQueue("SupportTopic", null);
        SqsInbox urgentOnly = stack.subscribeQueue("SupportTopic", "{\"severity\":[\"urgent\"]}");
        SqsInbox reviewsOnly = stack.subscribeQueue("SupportTopic", "{\"kind\":[\"repeat_offender\"]}");
        SupportNotifierHandler handler = new SupportNotifierHandler(new AwsEnvironment(stack.functionEnvironment("SupportNotifierFunction")));

        StackItems items = new StackItems(stack);
        items.blockedPosting("scr-1", "p-123", "c-9", "2026-11-28T10:00:00Z");
        items.allowedPosting("scr-2", "p-124");
        items.report("r-1", "u-5", "user", "u-66", "FRAUD",
                "仮払い前に振込を求められました。090-9876-5432 か scam@example.net に連絡するよう言われています。", "normal", 1,
                "2026-11-28T10:05:00Z");
        items.report("r-2", "u-6", "posting", "p-7", "UNCERTAIN_REWARD", "成果報酬のみの依頼です", "normal", 1, "2026-11-28T10:06:00Z");
        DynamoDbViolationLedger ledger = new DynamoDbViolationLedger(stack.dynamoDb(), stack.tableName("ViolationsTable"));
        for (int i = 1; i <= 3; i++) {
            ledger.establish(new EstablishedViolation(ViolationCategory.DIRECT_TRADING, Subject.posting("p-12" + i), "c-9",
                    "screening", "scr-x" + i, Instant.parse("2026-11-2" + i + "T00:00:00Z")));
        }
        items.monthlyReportGeneratedThenPublished("2018-12", "2018-12-31T15:10:05Z");

        Map<String, List<Record>> records = readStreams(stack);
        deliver(stack, handler, records);

        Map<String, JsonNode> bySubject = everything.await(5, Duration.ofSeconds(20)).stream()
                .collect(Collectors.toMap(n -> n.path("Subject").asText(), Function.identity()));
        assertThat(bySubject).containsOnlyKeys(
                "【中】仕事依頼を自動ブロック: 直接取引 (p-123)",
                "【緊急】違反申告: 詐欺被害 (ユーザー u-66)",
                "【中】違反申告: 報酬不確定 (仕事依頼 p-7)",
                "【高】常習違反: ユーザー c-9 の違反が3件 (警告の検討)",
                "【低】違反内訳(2018年12月)を公開しました");
        assertThat(everything.drain(Duration.ofMillis(300))).as("nothing more: allow verdicts, guards, counters need nobody").isEmpty();
        Map<String, JsonNode> byKind = new java.util.HashMap<>();
        bySubject.values().forEach(n -> byKind.merge(n.path("MessageAttributes").path("kind").path("Value").asText(), n,
                (a, b) -> a.path("MessageAttributes").path("severity").path("Value").asText().equals("urgent") ? a : b));

        JsonNode blocked = byKind.get("posting_blocked");
        assertThat(blocked.path("Subject").asText()).isEqualTo("【中】仕事依頼を自動ブロック: 直接取引 (p-123)");
        assertThat(attributes(blocked)).isEqualTo(Map.of("kind", "posting_blocked", "severity", "medium", "category", "DIRECT_TRADING"));
        JsonNode blockedDocument = JSON.readTree(blocked.path("Message").asText());
        assertThat(blockedDocument.path("summary").asText()).isEqualTo("""
                仕事依頼 p-123 を自動でブロックしました(非表示)。
                対象: 仕事依頼 p-123(投稿者 c-9)
                カテゴリ: 直接取引
                理由:
                ・直接取引 contact.phone(スコア 0.97) 本文「090-****-5678」
                ・直接取引 contact.email(スコア 0.93) 本文「a***@example.com」
                対応: 誤検知でないか確認し、投稿者へ修正依頼またはアドバイスメールを送ってください。
                スクリーニングID: scr-1(判定 2026-11-28 19:00 JST、ルールセット 2026.11.1)""");
        assertThat(blockedDocument.path("details").path("violations").get(0).path("evidence").get(0).path("maskedText").asText())
                .isEqualTo("090-****-5678");
        assertThat(blocked.path("Message").asText()).doesNotContain("1234", "abc@");

        JsonNode fraud = byKind.get("report_received");
        assertThat(fraud.path("Subject").asText()).isEqualTo("【緊急】違反申告: 詐欺被害 (ユーザー u-66)");
        assertThat(attributes(fraud)).isEqualTo(Map.of("kind", "report_received", "severity", "urgent", "category", "FRAUD"));
        JsonNode fraudDocument = JSON.readTree(fraud.path("Message").asText());
        assertThat(fraudDocument.path("details").path("detailExcerpt").asText())
                .isEqualTo("仮払い前に振込を求められました。090-****-5432 か s***@example.net に連絡するよう言われています。");
        assertThat(fraudDocument.path("details").path("reporterId").asText()).isEqualTo("u-5");

        JsonNode offender = byKind.get("repeat_offender");
        assertThat(offender.path("Subject").asText()).isEqualTo("【高】常習違反: ユーザー c-9 の違反が3件 (警告の検討)");
        assertThat(attributes(offender)).isEqualTo(Map.of("kind", "repeat_offender", "severity", "high", "category", "DIRECT_TRADING"));
        assertThat(JSON.readTree(offender.path("Message").asText()).path("notificationId").asText()).isEqualTo("offender#c-9#3");

        JsonNode monthly = byKind.get("monthly_report_published");
        assertThat(monthly.path("Subject").asText()).isEqualTo("【低】違反内訳(2018年12月)を公開しました");
        assertThat(attributes(monthly)).as("no category applies").isEqualTo(Map.of("kind", "monthly_report_published", "severity", "low"));

        List<JsonNode> urgent = urgentOnly.await(1, Duration.ofSeconds(10));
        urgent.addAll(urgentOnly.drain(Duration.ofMillis(300)));
        assertThat(urgent).extracting(n -> n.path("Subject").asText()).containsExactly("【緊急】違反申告: 詐欺被害 (ユーザー u-66)");
        assertThat(reviewsOnly.drain(Duration.ofMillis(100))).extracting(n -> n.path("Subject").asText())
                .containsExactly("【高】常習違反: ユーザー c-9 の違反が3件 (警告の検討)");

        // Lambda re-delivering every batch (a retry after a timeout, say) notifies nobody again
        deliver(stack, handler, records);
        assertThat(everything.drain(Duration.ofMillis(500))).isEmpty();
        Map<String, AttributeValue> remembered = stack.dynamoDb().getItem(g -> g.tableName(stack.tableName("NotificationsTable"))
                .key(Map.of("notificationId", AttributeValue.fromS("offender#c-9#3"))).consistentRead(true)).item();
        assertThat(remembered.get("status").s()).isEqualTo("sent");
        assertThat(remembered).doesNotContainKey("expiresAt");
    }

    @Test
    void theSupportQueueOfTheTemplateReceivesNotificationsToo(DeployedStack stack) {
        SupportNotifierHandler handler = new SupportNotifierHandler(new AwsEnvironment(stack.functionEnvironment("SupportNotifierFunction")));
        StreamTap reports = stack.tapStream("ReportsTable");
        reports.poll(); // only what this test writes
        new StackItems(stack).report("r-q", "u-8", "message", "m-9", "STEALTH_MARKETING", "", "high", 6, "2026-11-28T11:00:00Z");
        assertThat(handler.handleRequest(StreamRecordConverter.toEvent(reports.poll(), reports.streamArn()), null)
                .getBatchItemFailures()).isEmpty();

        List<String> subjects = new java.util.ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(10);
        while (subjects.isEmpty() && Instant.now().isBefore(deadline)) {
            stack.sqs().receiveMessage(b -> b.queueUrl(stack.queueUrl("SupportQueue")).maxNumberOfMessages(10)).messages()
                    .forEach(m -> subjects.add(readJson(m.body()).path("Subject").asText()));
        }
        assertThat(subjects).contains("【緊急】違反申告: ステルスマーケティング (メッセージ m-9)");
    }

    private static Map<String, List<Record>> readStreams(DeployedStack stack) {
        Map<String, List<Record>> records = new java.util.LinkedHashMap<>();
        for (String table : STREAMS) {
            records.put(table, stack.tapStream(table).poll());
        }
        return records;
    }

    private static void deliver(DeployedStack stack, SupportNotifierHandler handler, Map<String, List<Record>> records) {
        records.forEach((table, stream) -> assertThat(handler.handleRequest(
                StreamRecordConverter.toEvent(stream, stack.streamArn(table)), null).getBatchItemFailures()).as(table).isEmpty());
    }

    private static Map<String, String> attributes(JsonNode envelope) {
        Map<String, String> attributes = new java.util.HashMap<>();
        envelope.path("MessageAttributes").fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue().path("Value").asText()));
        return attributes;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
