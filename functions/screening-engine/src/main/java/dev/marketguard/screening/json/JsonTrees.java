package dev.marketguard.screening.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON (or YAML, through a YAML parser) into a node tree with Jackson's streaming parser,
 * without an ObjectMapper: a fresh JVM screening one line would otherwise spend more time
 * starting databind than screening.
 */
public final class JsonTrees {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** Parses one JSON document; trailing content is an error. */
    public static JsonNode parse(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "empty input");
            }
            JsonNode node = read(p);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "trailing content after the JSON value");
            }
            return node;
        }
    }

    /** Reads the value at the parser's current token (the parser must be positioned on it). */
    public static JsonNode read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                object.set(name, read(p));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(p));
            }
            return array;
        }
        if (token == null || token == JsonToken.VALUE_NULL) {
            return NODES.nullNode();
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return NODES.booleanNode(p.getBooleanValue());
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return NODES.numberNode(p.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return NODES.numberNode(p.getDoubleValue());
        }
        return NODES.textNode(p.getText());
    }
}
