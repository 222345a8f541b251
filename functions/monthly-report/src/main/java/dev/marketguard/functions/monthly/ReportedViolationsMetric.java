package dev.marketguard.functions.monthly;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.ReportMetrics;
import java.io.PrintStream;
import java.time.Clock;

/**
 * EMF metric "ReportedViolations" (dimensions Function, Category): a finished month's count per
 * category, one data point each time the month is built. It is a gauge, not a counter: a re-run
 * emits the same value again, so dashboards read its Maximum per month, never its Sum.
 * MetricsLogger only adds ones; a count of 10,000 needs the value itself.
 */
final class ReportedViolationsMetric implements ReportMetrics {
    static final String METRIC = "ReportedViolations";

    private final String namespace;
    private final String function;
    private final PrintStream out;
    private final Clock clock;

    ReportedViolationsMetric(String namespace, String function, PrintStream out, Clock clock) {
        this.namespace = namespace;
        this.function = function;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void built(MonthlyReport report) {
        report.breakdown().counts().forEach((category, count) -> {
            ObjectNode line = Json.MAPPER.createObjectNode();
            ObjectNode aws = line.putObject("_aws");
            aws.put("Timestamp", clock.millis());
            ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
            directive.put("Namespace", namespace);
            directive.putArray("Dimensions").addArray().add("Function").add("Category");
            directive.putArray("Metrics").addObject().put("Name", METRIC).put("Unit", "Count");
            line.put("Function", function);
            line.put("Category", category.name());
            line.put("Month", JstCalendar.format(report.month()));   // searchable in the log, not a dimension
            line.put(METRIC, count);
            synchronized (out) {
                out.println(line);
            }
        });
    }
}
