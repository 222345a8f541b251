package dev.marketguard.local.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import org.junit.jupiter.api.Test;

class EventPatternTest {
    private static JsonNode record(String json) throws Exception {
        return Json.MAPPER.readTree(json);
    }

    @Test
    void templateScreeningsFilterTakesNewBlockAndReviewVerdictsOnly() throws Exception {
        EventPattern pattern = EventPattern.parse(
                "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"NewImage\":{\"decision\":{\"S\":[\"block\",\"review\"]}}}}");

        assertThat(pattern.matches(record("{\"eventName\":\"INSERT\",\"dynamodb\":{\"NewImage\":{\"decision\":{\"S\":\"block\"}}}}"))).isTrue();
        assertThat(pattern.matches(record("{\"eventName\":\"INSERT\",\"dynamodb\":{\"NewImage\":{\"decision\":{\"S\":\"review\"}}}}"))).isTrue();
        assertThat(pattern.matches(record("{\"eventName\":\"INSERT\",\"dynamodb\":{\"NewImage\":{\"decision\":{\"S\":\"allow\"}}}}"))).isFalse();
        assertThat(pattern.matches(record("{\"eventName\":\"MODIFY\",\"dynamodb\":{\"NewImage\":{\"decision\":{\"S\":\"block\"}}}}"))).isFalse();
        assertThat(pattern.matches(record("{\"eventName\":\"REMOVE\",\"dynamodb\":{\"OldImage\":{\"decision\":{\"S\":\"block\"}}}}"))).isFalse();
    }

    @Test
    void existsAsksForPresenceOrAbsence() throws Exception {
        EventPattern published = EventPattern.parse("{\"dynamodb\":{\"NewImage\":{\"publishedAt\":{\"S\":[{\"exists\":true}]}}}}");
        EventPattern unpublished = EventPattern.parse("{\"dynamodb\":{\"NewImage\":{\"publishedAt\":[{\"exists\":false}]}}}");
        JsonNode withDate = record("{\"dynamodb\":{\"NewImage\":{\"publishedAt\":{\"S\":\"2026-12-01T00:10:00Z\"}}}}");
        JsonNode without = record("{\"dynamodb\":{\"NewImage\":{\"month\":{\"S\":\"2026-11\"}}}}");

        assertThat(published.matches(withDate)).isTrue();
        assertThat(published.matches(without)).isFalse();
        assertThat(unpublished.matches(without)).isTrue();
        assertThat(unpublished.matches(withDate)).isFalse();
    }

    @Test
    void prefixAndAnythingBut() throws Exception {
        EventPattern pattern = EventPattern.parse("{\"pk\":[{\"prefix\":\"offender#\"}],\"kind\":[{\"anything-but\":[\"probe\"]}]}");

        assertThat(pattern.matches(record("{\"pk\":\"offender#u-1\",\"kind\":\"x\"}"))).isTrue();
        assertThat(pattern.matches(record("{\"pk\":\"offender#u-1\",\"kind\":\"probe\"}"))).isFalse();
        assertThat(pattern.matches(record("{\"pk\":\"2026-11\",\"kind\":\"x\"}"))).isFalse();
    }

    @Test
    void refusesWhatItCannotEvaluate() {
        assertThatThrownBy(() -> EventPattern.parse("{\"n\":[{\"numeric\":[\">\",1]}]}")).hasMessageContaining("unsupported filter");
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\":\"INSERT\"}")).hasMessageContaining("must be arrays or objects");
        assertThatThrownBy(() -> EventPattern.parse("[1]")).hasMessageContaining("JSON object");
    }
}
