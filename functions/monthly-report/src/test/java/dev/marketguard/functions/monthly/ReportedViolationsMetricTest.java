package dev.marketguard.functions.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.monthly.Breakdown;
import dev.marketguard.core.monthly.MonthlyReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportedViolationsMetricTest {
    @Test
    void emitsOneEmfDataPointPerCategoryWithItsCount() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportedViolationsMetric metric = new ReportedViolationsMetric("marketguard", "monthly-report",
                new PrintStream(out, true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2018-12-31T15:10:00Z"), ZoneOffset.UTC));

        metric.built(MonthlyReport.unpublished(YearMonth.of(2018, 12),
                Breakdown.of(Map.of(ViolationCategory.DIRECT_TRADING, 4000L)), Instant.parse("2018-12-31T15:10:00Z"), "notice"));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertThat(lines).extracting(line -> line.path("Category").asText())
                .containsExactly(java.util.Arrays.stream(ViolationCategory.values()).map(Enum::name).toArray(String[]::new));
        JsonNode direct = lines.get(3);
        assertThat(direct.path("ReportedViolations").asLong()).isEqualTo(4000);
        assertThat(direct.path("Month").asText()).isEqualTo("2018-12");
        assertThat(direct.path("Function").asText()).isEqualTo("monthly-report");
        JsonNode directive = direct.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(directive.path("Namespace").asText()).isEqualTo("marketguard");
        assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\",\"Category\"]]");
        assertThat(directive.path("Metrics").toString()).isEqualTo("[{\"Name\":\"ReportedViolations\",\"Unit\":\"Count\"}]");
        assertThat(direct.path("_aws").path("Timestamp").asLong()).isEqualTo(Instant.parse("2018-12-31T15:10:00Z").toEpochMilli());
        assertThat(lines.get(0).path("ReportedViolations").asLong()).isZero();
    }
}
