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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Flow 4: POST /reports of a FRAUD report against a user -> the ReportsTable stream (through the
 * template's filter, which keeps the guard and quota items away) -> an urgent
 * {@code report_received} that a subscriber with the template's e-mail filter policy receives,
 * while an ordinary report reaches only the unfiltered subscriber.
 */
@EmulatorTest
class UrgentReportFlowTest {

    @Test
    void aFraudReportReachesTheEmailFilterPolicyAndAnOrdinaryReportDoesNot(DeployedStack stack) {
        Marketplace market = new Marketplace(stack);
        String emailPolicy = market.template().parameterDefault("SupportEmailFilterPolicy");
        assertThat(Marketplace.json(emailPolicy)).as("the template's default").isEqualTo(Marketplace.json("{\"severity\":[\"urgent\"]}"));
        SqsInbox email = stack.subscribeQueue("SupportTopic", emailPolicy);
        SqsInbox everything = stack.subscribeQueue("SupportTopic", null);

        String fraud = market.fileReport("u-41", "user", "u-66", "FRAUD",
                "仮払い前に振込を求められました。090-9876-5432 か scam.master@example.net に連絡するよう言われています。");
        String ordinary = market.fileReport("u-42", "posting", "p-401", "UNCERTAIN_REWARD", "成果報酬のみの依頼です。");

        Marketplace.Delivery delivery = market.deliverStream("ReportsTable");
        assertThat(delivery.read()).as("each report comes with its guard, quota and tally items").hasSizeGreaterThan(2);
        assertThat(delivery.delivered()).as("the template's filter passes the report items only")
                .extracting(r -> r.dynamodb().newImage().get("reportId").s()).containsExactly(fraud, ordinary);

        List<JsonNode> all = new ArrayList<>(everything.await(2, Duration.ofSeconds(20)));
        all.addAll(everything.drain(Duration.ofMillis(500)));
        Map<String, JsonNode> byReport = all.stream()
                .collect(Collectors.toMap(n -> Marketplace.document(n).path("details").path("reportId").asText(), Function.identity()));
        assertThat(byReport).containsOnlyKeys(fraud, ordinary);
        assertThat(Marketplace.attributes(byReport.get(ordinary)))
                .isEqualTo(Map.of("kind", "report_received", "severity", "medium", "category", "UNCERTAIN_REWARD"));

        List<JsonNode> mailed = new ArrayList<>(email.await(1, Duration.ofSeconds(20)));
        mailed.addAll(email.drain(Duration.ofMillis(500)));
        assertThat(mailed).singleElement().satisfies(envelope -> {
            assertThat(envelope.path("Subject").asText()).isEqualTo("【緊急】違反申告: 詐欺被害 (ユーザー u-66)");
            assertThat(Marketplace.attributes(envelope))
                    .isEqualTo(Map.of("kind", "report_received", "severity", "urgent", "category", "FRAUD"));
            JsonNode details = Marketplace.document(envelope).path("details");
            assertThat(details.path("reportId").asText()).isEqualTo(fraud);
            assertThat(details.path("reporterId").asText()).isEqualTo("u-41");
            assertThat(details.path("breakdownCategory").asText()).isEqualTo("OTHER");
            assertThat(details.path("detailExcerpt").asText())
                    .isEqualTo("仮払い前に振込を求められました。090-****-5432 か s***@example.net に連絡するよう言われています。");
        });
    }
}
