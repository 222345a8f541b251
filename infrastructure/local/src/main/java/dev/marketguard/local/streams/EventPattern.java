package dev.marketguard.local.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * An event source mapping's filter pattern (Lambda event filtering, EventBridge pattern syntax),
 * matched against a stream record's JSON as Lambda would before invoking the function. Covers
 * what template.yaml uses and a little more: exact values, {@code exists}, {@code prefix} and
 * {@code anything-but}. Anything else is refused when the pattern is read, never silently passed.
 */
public final class EventPattern {
    private final JsonNode pattern;

    private EventPattern(JsonNode pattern) {
        this.pattern = pattern;
    }

    public static EventPattern parse(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("filter pattern is not JSON: " + json, e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("filter pattern must be a JSON object: " + json);
        }
        check(node, json);
        return new EventPattern(node);
    }

    public boolean matches(JsonNode record) {
        return matchesObject(pattern, record);
    }

    private static boolean matchesObject(JsonNode pattern, JsonNode value) {
        Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode actual = value == null ? null : value.get(field.getKey());
            boolean ok = field.getValue().isObject()
                    ? actual != null && actual.isObject() && matchesObject(field.getValue(), actual)
                    : matchesAny(field.getValue(), actual);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** One of the array's alternatives matches the value (a missing value matches only {"exists":false}). */
    private static boolean matchesAny(JsonNode alternatives, JsonNode actual) {
        for (JsonNode alternative : alternatives) {
            if (alternative.isObject() ? matchesFilter(alternative, actual) : actual != null && !actual.isContainerNode() && alternative.equals(actual)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesFilter(JsonNode filter, JsonNode actual) {
        if (filter.has("exists")) {
            return filter.get("exists").asBoolean() == (actual != null);
        }
        if (actual == null || actual.isContainerNode()) {
            return false;
        }
        if (filter.has("prefix")) {
            return actual.isTextual() && actual.asText().startsWith(filter.get("prefix").asText());
        }
        JsonNode excluded = filter.get("anything-but");
        if (excluded.isArray()) {
            for (JsonNode value : excluded) {
                if (value.equals(actual)) {
                    return false;
                }
            }
            return true;
        }
        return !excluded.equals(actual);
    }

    private static void check(JsonNode node, String json) {
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                check(value, json);
            } else if (value.isArray()) {
                for (JsonNode alternative : value) {
                    if (alternative.isObject() && !(alternative.size() == 1
                            && (alternative.has("exists") || alternative.has("prefix") || alternative.has("anything-but")))) {
                        throw new IllegalArgumentException("unsupported filter " + alternative + " in " + json);
                    }
                }
            } else {
                throw new IllegalArgumentException("filter values must be arrays or objects: " + field.getKey() + " in " + json);
            }
        });
    }
}
