package dev.marketguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flow 3: one client's postings blocked in three categories make three established violations;
 * the ViolationsTable stream (offender item, through the template's filter) drives exactly one
 * {@code repeat_offender} notification, at the first of the template's default thresholds (3).
 */
@EmulatorTest
class RepeatOffenderFlowTest {

    @Test
    void theThirdEstablishedViolationOfOneClientNotifiesSupportOnce(DeployedStack stack) {
        Marketplace market = new Marketplace(stack);
        SqsInbox offenders = stack.subscribeQueue("SupportTopic", "{\"kind\":[\"repeat_offender\"]}");
        assertThat(market.template().parameterDefault("RepeatOffenderThresholds")).isEqualTo("3,5");
        assertThat(market.environment(Marketplace.NOTIFIER).required("REPEAT_OFFENDER_THRESHOLDS")).isEqualTo("3,5");

        List<String> blockedIn = new ArrayList<>();
        blockedIn.add(blockedCategory(market.screenPosting("p-301", "c-30", "データ入力",
                "詳しい話は電話でしたいので 090-8765-4321 までお電話ください。", "project")));
        blockedIn.add(blockedCategory(market.screenPosting("p-302", "c-30", "在宅ワーク",
                "ネットワークビジネスのリクルート代行をお願いします。紹介するだけで収入が積み上がる仕組みです。", "project")));
        // the same posting screened again this month is blocked again but not counted again
        blockedIn.add(blockedCategory(market.screenPosting("p-302", "c-30", "在宅ワーク",
                "ネットワークビジネスのリクルート代行をお願いします。紹介するだけで収入が積み上がる仕組みです。", "project")));
        blockedIn.add(blockedCategory(market.screenPosting("p-303", "c-30", "口コミ投稿",
                "Googleの口コミ★5をお願いします。来店したことにしてください。", "task")));
        assertThat(blockedIn).containsExactly("DIRECT_TRADING", "MULTI_LEVEL_MARKETING", "MULTI_LEVEL_MARKETING", "STEALTH_MARKETING");

        Marketplace.Delivery delivery = market.deliverStream("ViolationsTable");
        assertThat(delivery.delivered()).as("the template's filter passes the offender item's changes only")
                .allSatisfy(r -> assertThat(r.dynamodb().newImage().get("recordType").s()).isEqualTo("offender"))
                .extracting(r -> r.dynamodb().newImage().get("count").n()).containsExactly("1", "2", "3");
        assertThat(delivery.read()).as("guards and counters are on the stream too").hasSizeGreaterThan(3);

        List<JsonNode> received = new ArrayList<>(offenders.await(1, Duration.ofSeconds(20)));
        received.addAll(offenders.drain(Duration.ofMillis(500)));
        assertThat(received).singleElement().satisfies(envelope -> {
            assertThat(envelope.path("Subject").asText()).isEqualTo("【高】常習違反: ユーザー c-30 の違反が3件 (警告の検討)");
            assertThat(Marketplace.attributes(envelope))
                    .isEqualTo(Map.of("kind", "repeat_offender", "severity", "high", "category", "STEALTH_MARKETING"));
            JsonNode document = Marketplace.document(envelope);
            assertThat(document.path("notificationId").asText()).isEqualTo("offender#c-30#3");
            JsonNode details = document.path("details");
            assertThat(details.path("offenderId").asText()).isEqualTo("c-30");
            assertThat(details.path("count").asLong()).isEqualTo(3);
            assertThat(details.path("previousCount").asLong()).isEqualTo(2);
            assertThat(details.path("threshold").asLong()).isEqualTo(3);
            assertThat(details.path("stage").asText()).isEqualTo("warning_review");
            assertThat(details.path("lastCategory").asText()).isEqualTo("STEALTH_MARKETING");
        });

        // Lambda re-delivering the same records (a retried batch) notifies nobody again
        market.redeliver("ViolationsTable", delivery);
        assertThat(offenders.drain(Duration.ofMillis(500))).isEmpty();
    }

    private static String blockedCategory(JsonNode verdict) {
        assertThat(verdict.get("decision").asText()).as("decision of %s", verdict).isEqualTo("block");
        assertThat(verdict.get("violations")).hasSize(1);
        return verdict.get("violations").get(0).get("category").asText();
    }
}
