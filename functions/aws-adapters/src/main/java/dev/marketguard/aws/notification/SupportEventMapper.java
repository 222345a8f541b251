package dev.marketguard.aws.notification;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the items of docs/architecture.md from stream records and says what happened. Records are
 * told apart by their keys and attributes, never by stream ARN, so one function serves all four
 * streams (and the local command can feed it any of them):
 * <ul>
 *   <li>key {@code screeningId}: a ScreeningsTable verdict (INSERT only: staff decisions are modifications);</li>
 *   <li>key {@code pk=report#…} with {@code recordType=report}: a ReportsTable report (INSERT only);</li>
 *   <li>key {@code pk=offender#…} with {@code recordType=offender}: a ViolationsTable offender total (old and new count);</li>
 *   <li>key {@code month} alone, with {@code publishedAt}: a MonthlyReportsTable breakdown (old and new publishedAt).</li>
 * </ul>
 * Anything else (guards, quotas, counters, removals) is nothing to notify: the template's filter
 * criteria keep most of it away in Lambda, and this mapper repeats those conditions so the handler
 * is right without them. A record that matches but breaks the contract throws: it is retried and
 * ends in the DLQ rather than vanishing.
 */
public final class SupportEventMapper {

    public Optional<SupportEvent> toSupportEvent(DynamodbStreamRecord record) {
        StreamRecord stream = record.getDynamodb();
        if (stream == null || stream.getNewImage() == null || "REMOVE".equals(record.getEventName())) {
            return Optional.empty();
        }
        boolean insert = "INSERT".equals(record.getEventName());
        Map<String, AttributeValue> keys = stream.getKeys() == null ? stream.getNewImage() : stream.getKeys();
        StreamImage item = new StreamImage(describe(record), stream.getNewImage());

        if (keys.containsKey("screeningId")) {
            return insert ? Optional.of(screening(item)) : Optional.empty();
        }
        String pk = keyString(keys, "pk");
        String recordType = item.optionalString("recordType").orElse("");
        if (pk != null && pk.startsWith("report#") && recordType.equals("report")) {
            return insert ? Optional.of(report(item)) : Optional.empty();
        }
        if (pk != null && pk.startsWith("offender#") && recordType.equals("offender")) {
            return Optional.of(offender(item, new StreamImage(describe(record) + " (old image)", stream.getOldImage()), stream));
        }
        if (keys.size() == 1 && keys.containsKey("month") && item.has("publishedAt")) {
            return Optional.of(monthlyReport(item, new StreamImage(describe(record) + " (old image)", stream.getOldImage())));
        }
        return Optional.empty();
    }

    private static SupportEvent screening(StreamImage item) {
        SubjectType type = SubjectType.fromCode(item.string("subjectType"))
                .orElseThrow(() -> item.invalid("subjectType", "is not posting or message"));
        Decision decision = switch (item.string("decision")) {
            case "allow" -> Decision.ALLOW;
            case "review" -> Decision.REVIEW;
            case "block" -> Decision.BLOCK;
            default -> throw item.invalid("decision", "is not allow, review or block");
        };
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : item.jsonArray("violations")) {
            ViolationCategory category = violationCategory(item, v.path("category").asText());
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode e : v.path("evidence")) {
                try {
                    evidence.add(new Evidence(e.path("field").asText(), e.path("start").asInt(), e.path("end").asInt(), e.path("text").asText()));
                } catch (IllegalArgumentException bad) {
                    throw item.invalid("violations", "holds bad evidence: " + bad.getMessage());
                }
            }
            violations.add(new Violation(category, v.path("rule").asText(""), v.path("score").asDouble(), evidence));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : item.jsonArray("warnings")) {
            warnings.add(new Warning(w.path("code").asText(), w.path("message").asText("")));
        }
        Phase phase = item.optionalString("phase").flatMap(Phase::fromCode).orElse(null);
        return new SupportEvent.ScreeningFlagged(item.string("screeningId"), new Subject(type, item.string("subjectId")),
                item.optionalString("authorId").orElse(null), decision, violations, warnings, phase,
                item.optionalString("rulesetVersion").orElse(null), item.instant("screenedAt"));
    }

    private static SupportEvent report(StreamImage item) {
        SubjectType type = SubjectType.fromCode(item.string("targetType"))
                .orElseThrow(() -> item.invalid("targetType", "is not posting, proposal, message or user"));
        ReportCategory category = ReportCategory.fromCode(item.string("category"))
                .orElseThrow(() -> item.invalid("category", "is not a report category"));
        return new SupportEvent.ReportReceived(item.string("reportId"), item.optionalString("reporterId").orElse(null),
                new Subject(type, item.string("targetId")), category, item.optionalString("detail").orElse(""),
                item.instant("receivedAt"), "high".equals(item.optionalString("priority").orElse("normal")),
                item.optionalLong("targetReportCount").orElse(1L));
    }

    private static SupportEvent offender(StreamImage item, StreamImage old, StreamRecord stream) {
        ViolationCategory lastCategory = item.optionalString("lastCategory").map(code -> violationCategory(item, code)).orElse(null);
        Subject lastSubject = item.optionalString("lastSubject").flatMap(SupportEventMapper::subjectFromKey).orElse(null);
        Instant updatedAt = item.optionalInstant("updatedAt")
                .or(() -> Optional.ofNullable(stream.getApproximateCreationDateTime()).map(java.util.Date::toInstant))
                .orElseThrow(() -> item.invalid("updatedAt", "is missing"));
        return new SupportEvent.OffenderCountChanged(item.string("offenderId"), old.optionalLong("count").orElse(0L),
                item.optionalLong("count").orElse(0L), lastCategory, lastSubject, updatedAt);
    }

    private static SupportEvent monthlyReport(StreamImage item, StreamImage old) {
        YearMonth month = JstCalendar.parseMonth(item.string("month")).orElseThrow(() -> item.invalid("month", "is not yyyy-MM"));
        Map<ViolationCategory, Long> counts = new EnumMap<>(ViolationCategory.class);
        for (JsonNode c : item.jsonArray("categories")) {
            counts.put(violationCategory(item, c.path("category").asText()), c.path("count").asLong());
        }
        long total = item.optionalLong("total").orElseGet(() -> counts.values().stream().mapToLong(Long::longValue).sum());
        return new SupportEvent.MonthlyReportPublished(month, total, counts, item.instant("publishedAt"),
                old.optionalInstant("publishedAt").orElse(null));
    }

    private static ViolationCategory violationCategory(StreamImage item, String code) {
        try {
            return ViolationCategory.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw item.invalid("category", "is not a violation category: " + code);
        }
    }

    /** "posting#p-123" (the ledger's subject key). */
    private static Optional<Subject> subjectFromKey(String key) {
        int hash = key.indexOf('#');
        if (hash <= 0 || hash == key.length() - 1) {
            return Optional.empty();
        }
        return SubjectType.fromCode(key.substring(0, hash).toLowerCase(Locale.ROOT))
                .map(type -> new Subject(type, key.substring(hash + 1)));
    }

    private static String keyString(Map<String, AttributeValue> keys, String name) {
        AttributeValue value = keys.get(name);
        return value == null ? null : value.getS();
    }

    private static String describe(DynamodbStreamRecord record) {
        return "stream record " + record.getEventID();
    }
}
