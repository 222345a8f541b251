package dev.marketguard.aws.monthly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.monthly.Breakdown;
import dev.marketguard.core.monthly.MonthlyReport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * The report's JSON (DESIGN.md section 5), shared by the API response, the topic's message and
 * the stored {@code categories} attribute:
 * {"month","timeZone","generatedAt","total","categories":[{"category","label","count"}…],"notice"}.
 */
public final class MonthlyReportJson {
    /** Tokyo time with whole seconds and the offset: "2019-01-01T00:10:00+09:00". */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private MonthlyReportJson() {
    }

    public static ObjectNode toJson(MonthlyReport report) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("month", JstCalendar.format(report.month()));
        json.put("timeZone", MonthlyReport.TIME_ZONE);
        json.put("generatedAt", time(report.generatedAt()));
        json.put("total", report.total());
        json.set("categories", categories(report.breakdown()));
        json.put("notice", report.notice());
        return json;
    }

    /** All seven categories in the notice's order, zeros included. */
    public static ArrayNode categories(Breakdown breakdown) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        breakdown.counts().forEach((category, count) -> array.addObject()
                .put("category", category.name()).put("label", category.label()).put("count", count));
        return array;
    }

    public static Breakdown parseCategories(String json) {
        JsonNode array;
        try {
            array = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored categories are not JSON: " + e.getOriginalMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("stored categories are not a JSON array");
        }
        Map<ViolationCategory, Long> counts = new EnumMap<>(ViolationCategory.class);
        for (JsonNode entry : array) {
            counts.put(ViolationCategory.valueOf(entry.path("category").asText()), entry.path("count").asLong());
        }
        return Breakdown.of(counts);
    }

    public static String time(Instant instant) {
        return TIME.format(JstCalendar.inTokyo(instant));
    }

    public static Instant parseTime(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
