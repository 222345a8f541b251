package dev.marketguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flow 1: POST /screenings/postings with contact details before escrow -> blocked and counted in
 * the ViolationsTable -> the ScreeningsTable stream, through the template's filter, drives the
 * notifier -> one masked {@code posting_blocked} notification on SupportTopic.
 */
@EmulatorTest
class PostingBlockedFlowTest {

    @Test
    void aPostingWithContactDetailsIsBlockedCountedAndReachesSupportMasked(DeployedStack stack) {
        Marketplace market = new Marketplace(stack);
        SqsInbox support = stack.subscribeQueue("SupportTopic", null);

        JsonNode clean = market.screenPosting("p-100", "c-8", "ロゴ作成のお仕事",
                "新サービスのロゴを作ってください。カラーは青系でお願いします。", "project");
        JsonNode blocked = market.screenPosting("p-123", "c-9", "ロゴ作成のお仕事",
                "新サービスのロゴを作ってください。詳細は 090-1234-5678 か taro.yamada@example.com、LINE ID: taro_1988 までご連絡ください。",
                "project");

        assertThat(clean.get("decision").asText()).isEqualTo("allow");
        assertThat(blocked.get("decision").asText()).isEqualTo("block");
        assertThat(blocked.get("violations")).extracting(v -> v.get("category").asText()).containsOnly("DIRECT_TRADING");
        assertThat(blocked.get("violations").get(0).get("evidence")).extracting(e -> e.get("text").asText())
                .contains("090-1234-5678", "taro.yamada@example.com", "taro_1988");
        String screeningId = blocked.get("screeningId").asText();

        Marketplace.Delivery delivery = market.deliverStream("ScreeningsTable");
        assertThat(delivery.read()).as("both verdicts are stored and streamed").hasSize(2);
        assertThat(delivery.delivered()).as("the template's filter passes the block only").singleElement()
                .satisfies(r -> assertThat(r.dynamodb().newImage().get("screeningId").s()).isEqualTo(screeningId));

        List<JsonNode> received = new ArrayList<>(support.await(1, Duration.ofSeconds(20)));
        received.addAll(support.drain(Duration.ofMillis(500)));
        assertThat(received).singleElement().satisfies(envelope -> {
            assertThat(envelope.path("Subject").asText()).isEqualTo("【中】仕事依頼を自動ブロック: 直接取引 (p-123)");
            assertThat(Marketplace.attributes(envelope))
                    .isEqualTo(Map.of("kind", "posting_blocked", "severity", "medium", "category", "DIRECT_TRADING"));
            JsonNode document = Marketplace.document(envelope);
            assertThat(document.path("kind").asText()).isEqualTo("posting_blocked");
            assertThat(document.path("notificationId").asText()).isEqualTo("record#" + delivery.delivered().get(0).eventID());
            JsonNode details = document.path("details");
            assertThat(details.path("screeningId").asText()).isEqualTo(screeningId);
            assertThat(details.path("target").path("type").asText()).isEqualTo("posting");
            assertThat(details.path("target").path("id").asText()).isEqualTo("p-123");
            assertThat(details.path("authorId").asText()).isEqualTo("c-9");
            assertThat(details.path("decision").asText()).isEqualTo("block");
            assertThat(details.path("violations").get(0).path("evidence")).extracting(e -> e.path("maskedText").asText())
                    .contains("090-****-5678", "t***@example.com", "t***");
            assertThat(document.path("summary").asText()).contains("090-****-5678", "t***@example.com");
            // nothing support receives may carry the contact details themselves
            assertThat(envelope.path("Subject").asText() + envelope.path("Message").asText()).doesNotContain("1234", "taro.yamada", "taro_1988");
        });

        YearMonth month = JstCalendar.monthOf(OffsetDateTime.parse(blocked.get("screenedAt").asText()).toInstant());
        assertThat(market.violationCounter(month, "DIRECT_TRADING")).isEqualTo(1);
        assertThat(market.violationCounter(month, "OTHER")).isZero();
    }
}
