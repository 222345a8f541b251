package dev.marketguard.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.local.MarketguardProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code serve --demo} on the in-memory backend: notifications are printed, one line each. */
class ServeInMemoryIT extends ServeContract {
    private static MarketguardProcess server;

    @BeforeAll
    static void start() {
        Map<String, String> inMemory = new HashMap<>();
        inMemory.put("AWS_ENDPOINT_URL", null);
        server = MarketguardProcess.serve(inMemory, "--demo");
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
    void theDemoReportsAndFlaggedSubjectsReachSupportAsPrintedNotifications() throws Exception {
        assertThat(server.awaitOutput("[support] urgent report_received FRAUD", Duration.ofSeconds(30))).as(server.stdout()).isTrue();
        assertThat(server.stdout()).contains("[support] medium posting_blocked DIRECT_TRADING")
                .contains("[support] medium message_blocked DIRECT_TRADING").contains("posting_needs_review");
        assertThat(server.stdout()).contains("demo: screened 9 postings and 4 messages");
    }
}
