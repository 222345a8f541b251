package dev.marketguard.functions.screening;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.marketguard.aws.api.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the endpoint of a proxy event by method and path. Behind API Gateway the event names its
 * resource template ("/screenings/{screeningId}/review") and path parameters; a local server
 * gives only the path, so the path is matched too. A custom-domain base path ("/v1/...") in
 * front of the route is tolerated.
 */
final class Router {
    record Route(Endpoint endpoint, Map<String, String> pathParameters) {
        String parameter(String name) {
            return pathParameters.get(name);
        }
    }

    private Router() {
    }

    /** The route, or a 404 (no such path) or 405 (the path exists, the method does not). */
    static Route route(APIGatewayProxyRequestEvent event) {
        String method = Optional.ofNullable(event.getHttpMethod()).orElse("").toUpperCase(Locale.ROOT);
        Set<String> allowed = new LinkedHashSet<>();
        for (Endpoint endpoint : Endpoint.values()) {
            Optional<Map<String, String>> parameters = match(endpoint, event);
            if (parameters.isPresent()) {
                if (endpoint.method().equals(method)) {
                    return new Route(endpoint, parameters.get());
                }
                allowed.add(endpoint.method());
            }
        }
        if (!allowed.isEmpty()) {
            throw new ApiException(405, "method_not_allowed", method + " is not allowed here; use " + String.join(", ", allowed),
                    List.of(), Map.of("Allow", String.join(", ", allowed)));
        }
        throw ApiException.notFound("no route for " + method + " " + event.getPath());
    }

    private static Optional<Map<String, String>> match(Endpoint endpoint, APIGatewayProxyRequestEvent event) {
        if (endpoint.template().equals(event.getResource())) {
            Map<String, String> given = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
            if (given.keySet().containsAll(endpoint.parameters())) {
                return Optional.of(Map.copyOf(given));
            }
        }
        String path = event.getPath();
        if (path == null) {
            return Optional.empty();
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Matcher m = endpoint.pattern().matcher(path);
        if (!m.find() || m.end() != path.length() || !path.substring(0, m.start()).matches("(/[^/]+)?")) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < endpoint.parameters().size(); i++) {
            parameters.put(endpoint.parameters().get(i), decode(m.group(i + 1)));
        }
        return Optional.of(parameters);
    }

    /** Percent-decoding of a path segment; a malformed escape is kept as written (and then matches no id). */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
