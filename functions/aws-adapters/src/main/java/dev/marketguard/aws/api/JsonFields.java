package dev.marketguard.aws.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.core.validation.FieldError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Field-level validation of a JSON request body. Every problem is collected (not just the first),
 * then {@link #throwIfInvalid()} answers 400 with all of them.
 */
public final class JsonFields {
    private final List<FieldError> errors = new ArrayList<>();

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the request has invalid fields", errors);
        }
    }

    /** Unknown fields are errors: a typo must not silently drop what the client meant. */
    public void rejectUnknown(JsonNode object, String prefix, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                reject(prefix + name, "unknown field");
            }
        }
    }

    /** A required string of 1..maxLength characters without control characters (tab and newlines allowed when multiline). */
    public String requiredText(JsonNode object, String prefix, String name, int maxLength, boolean multiline) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            reject(prefix + name, "required");
            return null;
        }
        return checkText(node, prefix + name, maxLength, multiline, false);
    }

    /** An optional string; null when absent. An empty string is allowed. */
    public String optionalText(JsonNode object, String prefix, String name, int maxLength, boolean multiline) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return checkText(node, prefix + name, maxLength, multiline, true);
    }

    /** An identifier: 1..128 printable characters, no whitespace. */
    public String requiredId(JsonNode object, String prefix, String name) {
        String value = requiredText(object, prefix, name, 128, false);
        if (value != null && !value.matches("[\\p{Graph}&&[^\\p{Cntrl}]]+")) {
            reject(prefix + name, "must be 1 to 128 visible characters without spaces");
            return null;
        }
        return value;
    }

    /** One of an enum's codes; the default when absent and a default is given, else required. */
    public <E> E code(JsonNode object, String prefix, String name, Function<String, Optional<E>> parse, E defaultValue, String allowedList) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            if (defaultValue == null) {
                reject(prefix + name, "required; one of " + allowedList);
            }
            return defaultValue;
        }
        if (!node.isTextual()) {
            reject(prefix + name, "must be a string; one of " + allowedList);
            return null;
        }
        Optional<E> value = parse.apply(node.asText());
        if (value.isEmpty()) {
            reject(prefix + name, "unknown value; one of " + allowedList);
            return null;
        }
        return value.get();
    }

    /** An optional whole number in [min, max]; null when absent. */
    public Long optionalLong(JsonNode object, String prefix, String name, long min, long max) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            reject(prefix + name, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return node.asLong();
    }

    /** An optional nested object; null when absent, rejected when not an object. */
    public JsonNode optionalObject(JsonNode object, String prefix, String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            reject(prefix + name, "must be an object");
            return null;
        }
        return node;
    }

    private String checkText(JsonNode node, String field, int maxLength, boolean multiline, boolean allowEmpty) {
        if (!node.isTextual()) {
            reject(field, "must be a string");
            return null;
        }
        String value = node.asText();
        if (!allowEmpty && value.isBlank()) {
            reject(field, "must not be blank");
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return null;
        }
        if (hasForbiddenControl(value, multiline)) {
            reject(field, "must not contain control characters");
            return null;
        }
        return value;
    }

    private static boolean hasForbiddenControl(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedWhitespace = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (Character.getType(c) == Character.CONTROL && !allowedWhitespace) {
                return true;
            }
        }
        return false;
    }
}
