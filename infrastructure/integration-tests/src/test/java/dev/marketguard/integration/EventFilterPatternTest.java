package dev.marketguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** The flows' stand-in for Lambda event filtering, checked on template.yaml's own patterns. */
class EventFilterPatternTest {
    private static final String STREAM = "arn:aws:dynamodb:ap-northeast-1:123456789012:table/t/stream/2026-01-01T00:00:00.000";
    private final TemplateYaml template = TemplateYaml.load();

    private EventFilterPattern only(String table) {
        return EventFilterPattern.parse(template.streamMapping(Marketplace.NOTIFIER, table).filterPatterns().get(0));
    }

    private static JsonNode record(String eventName, Map<String, AttributeValue> newImage, Map<String, AttributeValue> oldImage) {
        StreamRecord.Builder stream = StreamRecord.builder().sequenceNumber("1").streamViewType("NEW_AND_OLD_IMAGES");
        if (newImage != null) {
            stream.newImage(newImage);
        }
        if (oldImage != null) {
            stream.oldImage(oldImage);
        }
        return EventFilterPattern.asLambdaJson(Record.builder().eventID("e-1").eventName(eventName).dynamodb(stream.build()).build(), STREAM);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Test
    void screeningsPassOnlyNewBlockAndReviewVerdicts() {
        EventFilterPattern screenings = only("ScreeningsTable");
        assertThat(screenings.matches(record("INSERT", Map.of("decision", s("block")), null))).isTrue();
        assertThat(screenings.matches(record("INSERT", Map.of("decision", s("review")), null))).isTrue();
        assertThat(screenings.matches(record("INSERT", Map.of("decision", s("allow")), null))).isFalse();
        assertThat(screenings.matches(record("MODIFY", Map.of("decision", s("review")), Map.of("decision", s("review"))))).isFalse();
        assertThat(screenings.matches(record("REMOVE", null, Map.of("decision", s("block"))))).isFalse();
    }

    @Test
    void monthlyReportsPassOnlyItemsCarryingPublishedAt() {
        EventFilterPattern monthly = only("MonthlyReportsTable");
        assertThat(monthly.matches(record("INSERT", Map.of("month", s("2018-12")), null))).isFalse();
        assertThat(monthly.matches(record("MODIFY", Map.of("month", s("2018-12"), "publishedAt", s("2019-01-01T00:10:00Z")),
                Map.of("month", s("2018-12"))))).isTrue();
        assertThat(monthly.matches(record("MODIFY", Map.of("month", s("2018-12"), "publishedAt", AttributeValue.fromN("1")), null)))
                .as("a number is not the S the pattern names").isFalse();
    }

    @Test
    void offendersAndReportsPassOnlyTheirRecordType() {
        EventFilterPattern offenders = only("ViolationsTable");
        assertThat(offenders.matches(record("MODIFY", Map.of("recordType", s("offender"), "count", AttributeValue.fromN("3")), null))).isTrue();
        assertThat(offenders.matches(record("MODIFY", Map.of("recordType", s("counter")), null))).isFalse();
        EventFilterPattern reports = only("ReportsTable");
        assertThat(reports.matches(record("INSERT", Map.of("recordType", s("report")), null))).isTrue();
        assertThat(reports.matches(record("INSERT", Map.of("pk", s("quota#u-1#2026-11-28")), null))).isFalse();
    }

    @Test
    void operatorsItDoesNotKnowFailInsteadOfMatching() {
        EventFilterPattern numeric = EventFilterPattern.parse("{\"dynamodb\":{\"NewImage\":{\"count\":{\"N\":[{\"numeric\":[\">\",2]}]}}}}");
        assertThatThrownBy(() -> numeric.matches(record("MODIFY", Map.of("count", AttributeValue.fromN("3")), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numeric");
        EventFilterPattern prefix = EventFilterPattern.parse("{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[{\"prefix\":\"offender#\"}]}}}}");
        assertThat(prefix.matches(record("MODIFY", Map.of("pk", s("offender#c-9")), null))).as("no Keys in this record").isFalse();
        EventFilterPattern anythingBut = EventFilterPattern.parse("{\"eventName\":[{\"anything-but\":[\"REMOVE\"]}]}");
        assertThat(anythingBut.matches(record("INSERT", Map.of(), null))).isTrue();
        assertThat(anythingBut.matches(record("REMOVE", null, Map.of()))).isFalse();
    }
}
