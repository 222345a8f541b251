package dev.marketguard.functions.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.core.memory.InMemoryReportStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.report.ReportPolicy;
import dev.marketguard.core.report.ReportService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportApiMetricsTest {
    @Test
    void eachNewReportCountsOnceUnderItsCategory() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsLogger metrics = new MetricsLogger("marketguard", "violation-report-intake",
                new PrintStream(out, true, StandardCharsets.UTF_8), Clock.systemUTC());
        ReportApi api = new ReportApi(new ReportService(new InMemoryReportStore(), new InMemoryViolationLedger(),
                ReportPolicy.defaults(), Clock.systemUTC()), metrics);

        api.dispatch(Events.postReport(Events.report("u-1", "posting", "p-1", "FRAUD")));
        api.dispatch(Events.postReport(Events.report("u-1", "posting", "p-1", "FRAUD"))); // a repeat: not a new report

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = Json.MAPPER.readTree(lines.get(0));
        assertThat(line.path("Reports").asInt()).isEqualTo(1);
        assertThat(line.path("Category").asText()).isEqualTo("FRAUD");
        assertThat(line.path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").get(0).toString())
                .isEqualTo("[\"Function\",\"Category\"]");
    }
}
