package dev.marketguard.functions.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.config.AwsClients;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.aws.notification.DynamoDbSentNotifications;
import dev.marketguard.aws.notification.SnsNotificationPublisher;
import dev.marketguard.aws.streams.StreamRecordConverter;
import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationPublisher;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.SupportNotifier;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import dev.marketguard.emulator.StreamTap;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** SNS failing for one record: only that record is reported, and it reaches support once, later. */
@EmulatorTest
class PublishFailureEmulatorTest {

    /** The real SNS publisher, except that the first publish of report r-2 fails as a throttled call would. */
    static final class FailsOnceForReport implements NotificationPublisher {
        private final NotificationPublisher delegate;
        private final String reportId;
        private boolean failed;

        FailsOnceForReport(NotificationPublisher delegate, String reportId) {
            this.delegate = delegate;
            this.reportId = reportId;
        }

        @Override
        public String publish(Notification notification) {
            if (!failed && reportId.equals(notification.details().get("reportId"))) {
                failed = true;
                throw new IllegalStateException("Rate exceeded (simulated SNS throttling)");
            }
            return delegate.publish(notification);
        }
    }

    @Test
    void onlyTheFailedRecordIsReportedAndItIsDeliveredOnceOnRetry(DeployedStack stack) {
        AwsEnvironment env = new AwsEnvironment(stack.functionEnvironment("SupportNotifierFunction"));
        SupportNotifier notifier = new SupportNotifier(new NotificationRules(RepeatOffenderThresholds.DEFAULT),
                new FailsOnceForReport(new SnsNotificationPublisher(AwsClients.sns(env), env.required("SUPPORT_TOPIC_ARN")), "r-2"),
                new DynamoDbSentNotifications(AwsClients.dynamoDb(env), env.required("NOTIFICATIONS_TABLE")), Clock.systemUTC());
        SupportNotifierHandler handler = new SupportNotifierHandler(notifier,
                new MetricsLogger("marketguard", "support-notifier", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC()));
        SqsInbox inbox = stack.subscribeQueue("SupportTopic", null);

        StackItems items = new StackItems(stack);
        items.report("r-1", "u-1", "posting", "p-1", "DIRECT_TRADING", "", "normal", 1, "2026-11-28T01:00:00Z");
        items.report("r-2", "u-2", "posting", "p-2", "MULTI_LEVEL_MARKETING", "", "normal", 1, "2026-11-28T01:01:00Z");
        items.report("r-3", "u-3", "posting", "p-3", "STEALTH_MARKETING", "", "normal", 1, "2026-11-28T01:02:00Z");
        StreamTap tap = stack.tapStream("ReportsTable");
        List<Record> records = tap.poll();
        DynamodbEvent batch = StreamRecordConverter.toEvent(records, tap.streamArn());
        int failedAt = indexOfReport(batch, "r-2");

        StreamsEventResponse first = handler.handleRequest(batch, null);
        assertThat(first.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly(records.get(failedAt).dynamodb().sequenceNumber());
        assertThat(reportIds(inbox.await(1, Duration.ofSeconds(10)))).containsExactly("r-1");

        // Lambda retries from the reported sequence number on
        DynamodbEvent retry = StreamRecordConverter.toEvent(records.subList(failedAt, records.size()), tap.streamArn());
        assertThat(handler.handleRequest(retry, null).getBatchItemFailures()).isEmpty();
        List<JsonNode> afterRetry = inbox.await(2, Duration.ofSeconds(10));
        afterRetry.addAll(inbox.drain(Duration.ofMillis(300)));
        assertThat(reportIds(afterRetry)).containsExactly("r-2", "r-3");

        // and the batch once more, whole: nothing is sent twice
        assertThat(handler.handleRequest(batch, null).getBatchItemFailures()).isEmpty();
        assertThat(inbox.drain(Duration.ofMillis(500))).isEmpty();
    }

    private static int indexOfReport(DynamodbEvent batch, String reportId) {
        for (int i = 0; i < batch.getRecords().size(); i++) {
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image =
                    batch.getRecords().get(i).getDynamodb().getNewImage();
            if (image != null && image.containsKey("recordType") && reportId.equals(image.get("reportId").getS())) {
                return i;
            }
        }
        throw new AssertionError("no stream record for report " + reportId);
    }

    private static List<String> reportIds(List<JsonNode> envelopes) {
        List<String> ids = new ArrayList<>();
        for (JsonNode envelope : envelopes) {
            try {
                ids.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(envelope.path("Message").asText())
                        .path("details").path("reportId").asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ids;
    }
}
