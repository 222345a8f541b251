package dev.marketguard.functions.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.core.memory.InMemorySentNotifications;
import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationKind;
import dev.marketguard.core.notification.NotificationPublisher;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.Severity;
import dev.marketguard.core.notification.SupportNotifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The handler on sample stream events (src/test/resources/events), with an in-memory sent log and a recording publisher. */
class SupportNotifierHandlerTest {

    /** Records what it publishes; fails for the notifications named in {@code failFor}, once each. */
    static final class RecordingPublisher implements NotificationPublisher {
        final List<Notification> published = new ArrayList<>();
        final Set<String> failFor = new HashSet<>();

        @Override
        public String publish(Notification notification) {
            if (failFor.remove(notification.key().id())) {
                throw new IllegalStateException("SNS throttled the publish");
            }
            published.add(notification);
            return "msg-" + published.size();
        }
    }

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final ByteArrayOutputStream metricsOut = new ByteArrayOutputStream();
    private final SupportNotifierHandler handler = new SupportNotifierHandler(
            new SupportNotifier(new NotificationRules(RepeatOffenderThresholds.DEFAULT), publisher, new InMemorySentNotifications(),
                    Clock.systemUTC()),
            new MetricsLogger("marketguard", "support-notifier", new PrintStream(metricsOut, true, StandardCharsets.UTF_8), Clock.systemUTC()));

    private Notification publishOnly(String sample) {
        StreamsEventResponse response = handler.handleRequest(StreamEvents.load(sample), null);
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(publisher.published).hasSize(1);
        return publisher.published.get(0);
    }

    @Test
    void blockedPostingFromTheScreeningsStream() {
        Notification n = publishOnly("posting-blocked.json");
        assertThat(n.kind()).isEqualTo(NotificationKind.POSTING_BLOCKED);
        assertThat(n.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(n.category()).isEqualTo("DIRECT_TRADING");
        assertThat(n.summary()).contains("本文「090-****-5678」", "本文「a***@example.com」", "投稿者 c-9", "判定 2026-11-28 19:00 JST")
                .doesNotContain("1234", "abc@");
        assertThat(metricsOut.toString(StandardCharsets.UTF_8)).contains("\"NotificationsPublished\":1", "\"Kind\":\"posting_blocked\"");
    }

    @Test
    void messageReviewFromViolationsStoredAsADynamoDbList() {
        Notification n = publishOnly("message-review.json");
        assertThat(n.kind()).isEqualTo(NotificationKind.MESSAGE_NEEDS_REVIEW);
        assertThat(n.severity()).isEqualTo(Severity.HIGH);
        assertThat(n.summary()).contains("本文「LINE ID:t***です」", "注意喚起: EXTERNAL_FORM_LURE", "送信者 u-1、契約前")
                .doesNotContain("taro", "ｔａｒｏ");
    }

    @Test
    void fraudReportIsUrgentAndItsDetailMasked() {
        Notification n = publishOnly("report-fraud.json");
        assertThat(n.kind()).isEqualTo(NotificationKind.REPORT_RECEIVED);
        assertThat(n.severity()).isEqualTo(Severity.URGENT);
        assertThat(n.subject()).isEqualTo("【緊急】違反申告: 詐欺被害 (ユーザー u-66)");
        assertThat(n.summary()).contains("090-****-5432", "s***@example.net").doesNotContain("9876", "scam@");
    }

    @Test
    void offenderReachingThreeViolations() {
        Notification n = publishOnly("offender-third-violation.json");
        assertThat(n.kind()).isEqualTo(NotificationKind.REPEAT_OFFENDER);
        assertThat(n.key().id()).isEqualTo("offender#c-9#3");
        assertThat(n.summary()).contains("ユーザー c-9 の確定した違反が3件になりました", "直近の違反: 直接取引(仕事依頼 p-123)");
    }

    @Test
    void monthlyReportWhosePublishedAtWasSet() {
        Notification n = publishOnly("monthly-report-published.json");
        assertThat(n.kind()).isEqualTo(NotificationKind.MONTHLY_REPORT_PUBLISHED);
        assertThat(n.summary()).contains("合計 57件", "直接取引 20件", "公開: 2019-01-01 00:10 JST");
    }

    @Test
    void guardItemsBesideReportsAreIgnoredAndHighPriorityReportsUrgent() {
        StreamsEventResponse response = handler.handleRequest(StreamEvents.load("reports-batch-with-guards.json"), null);
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(publisher.published).extracting(n -> n.key().id()).containsExactly("record#r1", "record#r3", "record#r4");
        assertThat(publisher.published).extracting(Notification::severity)
                .containsExactly(Severity.MEDIUM, Severity.URGENT, Severity.MEDIUM);
    }

    @Test
    void aFailedPublishReportsThatRecordAndLeavesTheRestOfTheStreamForTheRetry() {
        publisher.failFor.add("record#r3");
        DynamodbEvent batch = StreamEvents.load("reports-batch-with-guards.json");

        StreamsEventResponse first = handler.handleRequest(batch, null);
        assertThat(first.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("500000000000000000003");
        // r4 comes after the failure in the same shard: Lambda re-delivers it, so it waits
        assertThat(publisher.published).extracting(n -> n.key().id()).containsExactly("record#r1");

        // Lambda retries from the failed record on
        DynamodbEvent retry = StreamEvents.of(batch.getRecords().subList(2, 4));
        assertThat(handler.handleRequest(retry, null).getBatchItemFailures()).isEmpty();
        assertThat(publisher.published).extracting(n -> n.key().id()).containsExactly("record#r1", "record#r3", "record#r4");

        // a whole-batch redelivery (e.g. after a timeout) notifies nobody again
        assertThat(handler.handleRequest(batch, null).getBatchItemFailures()).isEmpty();
        assertThat(publisher.published).hasSize(3);
        assertThat(metricsOut.toString(StandardCharsets.UTF_8)).contains("\"DuplicatesSuppressed\":1", "\"RecordFailures\":1");
    }

    @Test
    void aRecordThatBreaksTheContractFailsInsteadOfVanishing() {
        StreamsEventResponse response = handler.handleRequest(StreamEvents.load("screening-bad-category.json"), null);
        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("600000000000000000001");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void failuresInDifferentStreamsAreReportedPerStream() {
        publisher.failFor.add("record#r1");
        DynamodbEvent mixed = StreamEvents.concat("reports-batch-with-guards.json", "posting-blocked.json");
        StreamsEventResponse response = handler.handleRequest(mixed, null);
        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("500000000000000000001");
        assertThat(publisher.published).extracting(Notification::kind).containsExactly(NotificationKind.POSTING_BLOCKED);
    }

    @Test
    void primingRunsTheRealMappingAndRenderingPath() {
        Notification primed = NotifierPriming.prime();
        assertThat(primed.kind()).isEqualTo(NotificationKind.POSTING_BLOCKED);
        assertThat(primed.summary()).contains("090-****-5678");
    }
}
