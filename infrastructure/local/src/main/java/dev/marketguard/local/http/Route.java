package dev.marketguard.local.http;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API Gateway route: method, resource template ("/screenings/{screeningId}/review") and the
 * function behind it, under the function's name (for logs and the Lambda context).
 */
public record Route(String method, String resource, String functionName, ApiFunction function) {

    /** The path parameters when {@code path} fits this route's resource template. */
    public Optional<Map<String, String>> match(String path) {
        List<String> template = segments(resource);
        List<String> actual = segments(path);
        if (template.size() != actual.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String segment = actual.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (segment.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(expected.substring(1, expected.length() - 1), segment);
            } else if (!expected.equals(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.asList(trimmed.split("/", -1));
    }
}
