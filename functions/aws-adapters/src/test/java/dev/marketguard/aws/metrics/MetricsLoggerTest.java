package dev.marketguard.aws.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsLoggerTest {

    @Test
    void writesOneEmbeddedMetricFormatLine() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        MetricsLogger metrics = new MetricsLogger("marketguard", "posting-screening",
                new PrintStream(buffer, true, StandardCharsets.UTF_8), Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC));

        metrics.count("Decisions", Map.of("Category", "DIRECT_TRADING"));

        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).hasSize(1);
        JsonNode line = Json.MAPPER.readTree(output);
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(line.path("_aws").path("Timestamp").asLong()).isEqualTo(1_700_000_000_000L);
        assertThat(directive.path("Namespace").asText()).isEqualTo("marketguard");
        assertThat(directive.path("Dimensions").get(0)).extracting(JsonNode::asText).containsExactly("Function", "Category");
        assertThat(directive.path("Metrics").get(0).path("Name").asText()).isEqualTo("Decisions");
        assertThat(line.path("Function").asText()).isEqualTo("posting-screening");
        assertThat(line.path("Category").asText()).isEqualTo("DIRECT_TRADING");
        assertThat(line.path("Decisions").asInt()).isEqualTo(1);
    }
}
