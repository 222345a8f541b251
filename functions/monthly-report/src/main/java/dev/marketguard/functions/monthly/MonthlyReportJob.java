package dev.marketguard.functions.monthly;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.MonthlyReportService;
import dev.marketguard.core.monthly.MonthlyReportService.BuildResult;
import dev.marketguard.core.monthly.MonthlyReportService.RecountResult;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Set;

/**
 * The job's two invocations: the schedule's {@code {"source":"schedule"}} (the previous JST
 * month) and a manual {@code {"month":"2018-12"}} or {@code {"month":"2018-12","recount":true}}.
 * Anything else fails the invocation with a message saying what was expected; a failure of
 * DynamoDB or SNS fails it too, so the scheduler retries (template.yaml: RetryPolicy, DLQ).
 */
final class MonthlyReportJob {
    private static final Set<String> MANUAL_FIELDS = Set.of("month", "recount");

    private final MonthlyReportService service;

    MonthlyReportJob(MonthlyReportService service) {
        this.service = service;
    }

    static boolean isScheduled(JsonNode event) {
        return event.size() == 1 && "schedule".equals(event.path("source").asText(null));
    }

    JsonNode run(JsonNode event, LambdaLogger logger) {
        ObjectNode summary;
        if (isScheduled(event)) {
            summary = summary(service.buildPreviousMonth());
        } else if (event.has("month")) {
            YearMonth month = manualMonth(event);
            if (event.path("recount").asBoolean(false)) {
                summary = recountSummary(service.recount(month));
            } else {
                summary = summary(service.build(month));
            }
        } else {
            throw new IllegalArgumentException("expected {\"source\":\"schedule\"}, {\"month\":\"yyyy-MM\"} or "
                    + "{\"month\":\"yyyy-MM\",\"recount\":true}, not " + event);
        }
        logger.log("monthly report " + summary);
        return summary;
    }

    private static YearMonth manualMonth(JsonNode event) {
        Iterator<String> names = event.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!MANUAL_FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field \"" + name + "\"; a manual run takes month and recount");
            }
        }
        if (event.has("recount") && !event.get("recount").isBoolean()) {
            throw new IllegalArgumentException("recount must be true or false");
        }
        JsonNode month = event.get("month");
        if (!month.isTextual()) {
            throw new IllegalArgumentException("month must be a string yyyy-MM, e.g. \"2018-12\"");
        }
        return JstCalendar.parseMonth(month.asText())
                .orElseThrow(() -> new IllegalArgumentException("month must be yyyy-MM, e.g. \"2018-12\", not \"" + month.asText() + "\""));
    }

    private static ObjectNode summary(BuildResult result) {
        MonthlyReport report = result.report();
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("month", JstCalendar.format(report.month()));
        json.put("total", report.total());
        json.put("countsDigest", report.countsDigest());
        json.put("published", result.published());
        json.put("outcome", result.reason());
        return json;
    }

    private static ObjectNode recountSummary(RecountResult recount) {
        ObjectNode json = summary(recount.build());
        ObjectNode counted = json.putObject("recount");
        counted.put("repaired", recount.repaired());
        ArrayNode drift = counted.putArray("drift");
        recount.drift().forEach((category, d) -> drift.addObject()
                .put("category", category.name()).put("counter", d.counter()).put("actual", d.actual()));
        return json;
    }
}
