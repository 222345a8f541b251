package dev.marketguard.aws.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.validation.FieldError;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reading API Gateway proxy requests: headers, path and query parameters, and the JSON body. */
public final class ApiRequests {
    /** DESIGN.md section 5: bodies over 64 KiB are answered 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private ApiRequests() {
    }

    /** A header by name, ignoring case (API Gateway keeps the client's spelling). */
    public static Optional<String> header(APIGatewayProxyRequestEvent event, String name) {
        return find(event.getHeaders(), name);
    }

    public static Optional<String> queryParameter(APIGatewayProxyRequestEvent event, String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? Optional.empty() : Optional.ofNullable(query.get(name));
    }

    public static Optional<String> pathParameter(APIGatewayProxyRequestEvent event, String name) {
        Map<String, String> path = event.getPathParameters();
        return path == null ? Optional.empty() : Optional.ofNullable(path.get(name));
    }

    /**
     * The body as a JSON object: 415 for a declared non-JSON content type, 413 over 64 KiB, 400 for
     * anything that is not valid UTF-8 JSON with an object at the top.
     */
    public static JsonNode jsonObjectBody(APIGatewayProxyRequestEvent event) {
        header(event, "Content-Type").ifPresent(contentType -> {
            String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
                throw ApiException.unsupportedMediaType(contentType);
            }
        });
        byte[] bytes = bodyBytes(event);
        if (bytes.length > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge(MAX_BODY_BYTES);
        }
        if (bytes.length == 0) {
            throw ApiException.invalid("the body is empty; send a JSON object", List.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("the body is not valid UTF-8", List.of());
        }
        JsonNode node;
        try {
            // Duplicate keys are ambiguous (parsers disagree on which wins): refuse them.
            node = Json.MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("the body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.invalid("the body must be a JSON object", List.of(new FieldError("$", "expected an object")));
        }
        return node;
    }

    private static byte[] bodyBytes(APIGatewayProxyRequestEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("the body is not valid base64", List.of());
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> find(Map<String, String> map, String name) {
        if (map == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return Optional.ofNullable(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
