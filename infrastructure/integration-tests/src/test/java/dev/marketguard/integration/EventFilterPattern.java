package dev.marketguard.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * A Lambda event filter pattern (template.yaml's {@code FilterCriteria}), applied to a DynamoDB
 * stream record the way the event source mapping applies it: to the record as JSON, images in
 * DynamoDB JSON ({@code {"decision":{"S":"block"}}}).
 *
 * <p>Covers the pattern syntax the template uses or is likely to use: exact values, {@code exists},
 * {@code prefix} and {@code anything-but}. Any other operator fails loudly, so a new pattern in
 * the template can never be silently treated as matching.
 */
final class EventFilterPattern {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final JsonNode pattern;

    private EventFilterPattern(String source, JsonNode pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    static EventFilterPattern parse(String pattern) {
        try {
            JsonNode tree = JSON.readTree(pattern);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("a filter pattern is a JSON object: " + pattern);
            }
            return new EventFilterPattern(pattern, tree);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + pattern, e);
        }
    }

    boolean matches(JsonNode event) {
        return matchesObject(pattern, event);
    }

    /** The record as the event source mapping filters it (and as Lambda would deliver it). */
    static JsonNode asLambdaJson(Record record, String streamArn) {
        ObjectNode json = JSON.createObjectNode();
        json.put("eventID", record.eventID());
        json.put("eventName", record.eventNameAsString());
        json.put("eventVersion", record.eventVersion());
        json.put("eventSource", record.eventSource());
        json.put("awsRegion", record.awsRegion());
        json.put("eventSourceARN", streamArn);
        ObjectNode dynamodb = json.putObject("dynamodb");
        var stream = record.dynamodb();
        if (stream.approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", stream.approximateCreationDateTime().getEpochSecond());
        }
        if (stream.hasKeys()) {
            dynamodb.set("Keys", image(stream.keys()));
        }
        if (stream.hasNewImage()) {
            dynamodb.set("NewImage", image(stream.newImage()));
        }
        if (stream.hasOldImage()) {
            dynamodb.set("OldImage", image(stream.oldImage()));
        }
        dynamodb.put("SequenceNumber", stream.sequenceNumber());
        if (stream.sizeBytes() != null) {
            dynamodb.put("SizeBytes", stream.sizeBytes());
        }
        dynamodb.put("StreamViewType", stream.streamViewTypeAsString());
        return json;
    }

    private static ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode image = JSON.createObjectNode();
        item.forEach((name, value) -> image.set(name, attribute(value)));
        return image;
    }

    private static ObjectNode attribute(AttributeValue value) {
        ObjectNode json = JSON.createObjectNode();
        switch (value.type()) {
            case S -> json.put("S", value.s());
            case N -> json.put("N", value.n());
            case B -> json.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> json.put("BOOL", value.bool());
            case NUL -> json.put("NULL", true);
            case M -> json.set("M", image(value.m()));
            case L -> {
                ArrayNode list = json.putArray("L");
                value.l().forEach(element -> list.add(attribute(element)));
            }
            case SS -> value.ss().forEach(json.putArray("SS")::add);
            case NS -> value.ns().forEach(json.putArray("NS")::add);
            case BS -> value.bs().forEach(b -> json.withArray("BS").add(Base64.getEncoder().encodeToString(b.asByteArray())));
            default -> throw new IllegalArgumentException("attribute type " + value.type());
        }
        return json;
    }

    private boolean matchesObject(JsonNode pattern, JsonNode event) {
        Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = event.isObject() ? event.path(field.getKey()) : MissingNode.getInstance();
            boolean matched;
            if (field.getValue().isObject()) {
                matched = matchesObject(field.getValue(), value);
            } else if (field.getValue().isArray()) {
                matched = matchesAnyRule((ArrayNode) field.getValue(), value);
            } else {
                throw unsupported("a pattern's leaf must be an array of rules, not " + field.getValue());
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesAnyRule(ArrayNode rules, JsonNode value) {
        for (JsonNode rule : rules) {
            if (matchesRule(rule, value)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesRule(JsonNode rule, JsonNode value) {
        if (rule.isObject()) {
            if (rule.size() != 1) {
                throw unsupported("one operator per rule: " + rule);
            }
            String operator = rule.fieldNames().next();
            JsonNode operand = rule.get(operator);
            return switch (operator) {
                case "exists" -> operand.asBoolean() != value.isMissingNode();
                case "prefix" -> anyScalar(value, v -> v.isTextual() && v.asText().startsWith(operand.asText()));
                case "anything-but" -> !value.isMissingNode() && anyScalar(value, v -> operand.isArray()
                        ? !contains((ArrayNode) operand, v) : !sameScalar(operand, v));
                default -> throw unsupported("operator " + operator);
            };
        }
        if (rule.isArray()) {
            throw unsupported("nested array " + rule);
        }
        return anyScalar(value, v -> sameScalar(rule, v));
    }

    /** A value that is an array matches when any of its elements does (Lambda's rule). */
    private static boolean anyScalar(JsonNode value, java.util.function.Predicate<JsonNode> test) {
        if (value.isMissingNode() || value.isObject()) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (test.test(element)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(value);
    }

    private static boolean contains(ArrayNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (sameScalar(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameScalar(JsonNode rule, JsonNode value) {
        if (rule.isNumber() && value.isNumber()) {
            return rule.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return rule.getNodeType() == value.getNodeType() && rule.equals(value);
    }

    private IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException("filter pattern " + source + ": " + what
                + " is not supported by this test's matcher; extend EventFilterPattern");
    }

    @Override
    public String toString() {
        return source;
    }
}
