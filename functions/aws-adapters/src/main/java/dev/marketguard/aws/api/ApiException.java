package dev.marketguard.aws.api;

import dev.marketguard.core.validation.FieldError;
import java.util.List;
import java.util.Map;

/** A request the API answers with a 4xx or 503 and the standard error body; nothing was changed. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<FieldError> fields;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, List<FieldError> fields, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException invalid(String message, List<FieldError> fields) {
        return new ApiException(400, "invalid_request", message, fields, Map.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, List.of(), Map.of());
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message, List.of(), Map.of());
    }

    public static ApiException payloadTooLarge(int maxBytes) {
        return new ApiException(413, "payload_too_large", "the body is over " + maxBytes + " bytes", List.of(), Map.of());
    }

    public static ApiException unsupportedMediaType(String contentType) {
        return new ApiException(415, "unsupported_media_type",
                "send application/json, not " + contentType, List.of(), Map.of());
    }

    public static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(429, "too_many_requests", message, List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, "service_unavailable", message, List.of(), Map.of("Retry-After", "1"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fields() {
        return fields;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
