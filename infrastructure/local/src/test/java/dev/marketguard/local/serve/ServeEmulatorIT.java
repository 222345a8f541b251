package dev.marketguard.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import dev.marketguard.local.MarketguardProcess;
import dev.marketguard.local.MarketguardProcess.Result;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --demo} with {@code AWS_ENDPOINT_URL} at the emulator: DynamoDB tables and SNS
 * topics of template.yaml, notifications driven by the tables' streams and published to SNS.
 * The server opens the stack the extension deployed (by name), so the test can watch its topic.
 */
@EmulatorTest
class ServeEmulatorIT extends ServeContract {
    private static MarketguardProcess server;
    private static SqsInbox support;
    private static Map<String, String> emulator;
    private static String stackName;

    @BeforeAll
    static void start(DeployedStack stack) {
        support = stack.subscribeQueue("SupportTopic", null);
        stackName = stack.stackName();
        emulator = Map.of("AWS_ENDPOINT_URL", stack.endpoint().toString(), "AWS_REGION", DeployedStack.REGION.id(),
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");
        server = MarketguardProcess.serve(emulator, "--demo", "--stack", stackName);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    MarketguardProcess server() {
        return server;
    }

    @Test
    void streamDrivenNotificationsArePublishedToTheSupportTopic() {
        List<JsonNode> received = support.await(1, Duration.ofSeconds(60));

        assertThat(received).as(server.stdout()).isNotEmpty();
        assertThat(received).extracting(n -> n.at("/MessageAttributes/kind/Value").asText())
                .containsAnyOf("report_received", "posting_blocked", "posting_needs_review", "message_blocked");
    }

    @Test
    void theMonthlyCommandReadsWhatTheServerStored() {
        Result result = MarketguardProcess.run(emulator, "", "monthly", "--month", thisMonth(), "--json", "--stack", stackName);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"month\" : \"" + thisMonth() + "\"").contains("\"total\"");
    }
}
