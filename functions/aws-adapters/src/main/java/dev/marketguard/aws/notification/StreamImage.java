package dev.marketguard.aws.notification;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads from one item image of a stream record, with errors that name the table and
 * attribute. Lenient where the contract leaves a choice to the writer: numbers as N or S, JSON
 * arrays as a JSON string or as a DynamoDB list, times with Z or an offset (+09:00).
 */
final class StreamImage {
    private final String what;
    private final Map<String, AttributeValue> attributes;

    StreamImage(String what, Map<String, AttributeValue> attributes) {
        this.what = what;
        this.attributes = attributes == null ? Map.of() : attributes;
    }

    boolean has(String name) {
        AttributeValue value = attributes.get(name);
        return value != null && !Boolean.TRUE.equals(value.getNULL());
    }

    Optional<String> optionalString(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        AttributeValue value = attributes.get(name);
        String text = value.getS() != null ? value.getS() : value.getN();
        if (text == null) {
            throw invalid(name, "is not a string");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String string(String name) {
        return optionalString(name).orElseThrow(() -> invalid(name, "is missing"));
    }

    Optional<Long> optionalLong(String name) {
        return optionalString(name).map(text -> {
            try {
                return new BigDecimal(text.strip()).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw invalid(name, "is not a whole number: " + text);
            }
        });
    }

    Optional<Instant> optionalInstant(String name) {
        return optionalString(name).map(text -> parseInstant(name, text));
    }

    Instant instant(String name) {
        return optionalInstant(name).orElseThrow(() -> invalid(name, "is missing"));
    }

    /** A JSON array stored either as a JSON string or as a DynamoDB list; empty when absent. */
    ArrayNode jsonArray(String name) {
        if (!has(name)) {
            return JsonNodeFactory.instance.arrayNode();
        }
        AttributeValue value = attributes.get(name);
        JsonNode node;
        if (value.getS() != null) {
            try {
                node = Json.MAPPER.readTree(value.getS());
            } catch (JsonProcessingException e) {
                throw invalid(name, "is not JSON");
            }
        } else {
            node = toJson(value);
        }
        if (!(node instanceof ArrayNode array)) {
            throw invalid(name, "is not a JSON array");
        }
        return array;
    }

    private Instant parseInstant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(name, "is not an ISO-8601 time: " + text);
            }
        }
    }

    private static JsonNode toJson(AttributeValue value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (value.getS() != null) {
            return json.textNode(value.getS());
        }
        if (value.getN() != null) {
            return json.numberNode(new BigDecimal(value.getN()));
        }
        if (value.getBOOL() != null) {
            return json.booleanNode(value.getBOOL());
        }
        if (value.getM() != null) {
            ObjectNode object = json.objectNode();
            value.getM().forEach((key, item) -> object.set(key, toJson(item)));
            return object;
        }
        if (value.getL() != null) {
            ArrayNode array = json.arrayNode();
            value.getL().forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value.getSS() != null) {
            ArrayNode array = json.arrayNode();
            value.getSS().forEach(array::add);
            return array;
        }
        return json.nullNode();
    }

    IllegalArgumentException invalid(String name, String problem) {
        return new IllegalArgumentException(what + ": attribute " + name + " " + problem);
    }
}
