package dev.marketguard.aws.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudWatch metrics in Embedded Metric Format: one JSON line on stdout per data point, which
 * CloudWatch Logs turns into metrics without an API call from the function.
 * Example: {@code metrics.count("Decisions", Map.of("Category", "DIRECT_TRADING", "Decision", "block"))}.
 */
public final class MetricsLogger {
    private final String namespace;
    private final String function;
    private final PrintStream out;
    private final Clock clock;

    public MetricsLogger(String namespace, String function, PrintStream out, Clock clock) {
        this.namespace = namespace;
        this.function = function;
        this.out = out;
        this.clock = clock;
    }

    public static MetricsLogger toStdout(String namespace, String function) {
        return new MetricsLogger(namespace, function, System.out, Clock.systemUTC());
    }

    /** Adds 1 to {@code metric} under the given dimensions (plus the function's name). */
    public void count(String metric, Map<String, String> dimensions) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Function", function);
        all.putAll(dimensions);

        ObjectNode line = Json.MAPPER.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        all.keySet().forEach(dimensionSet::add);
        directive.putArray("Metrics").addObject().put("Name", metric).put("Unit", "Count");
        all.forEach(line::put);
        line.put(metric, 1);
        synchronized (out) {
            out.println(line);
        }
    }
}
