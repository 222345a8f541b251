package dev.marketguard.aws.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.validation.FieldError;
import java.util.HashMap;
import java.util.Map;

/** API Gateway proxy responses: JSON bodies, the standard error body, and HTML pages. */
public final class ApiResponses {
    private ApiResponses() {
    }

    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        try {
            return response(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsString(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body is not serialisable", e);
        }
    }

    public static APIGatewayProxyResponseEvent html(int status, String page) {
        return response(status, "text/html; charset=utf-8", page, Map.of());
    }

    /** {"error":{"code":…,"message":…,"fields":[{"field":…,"message":…}]}} */
    public static APIGatewayProxyResponseEvent error(ApiException e) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        ArrayNode fields = error.putArray("fields");
        for (FieldError field : e.fields()) {
            fields.addObject().put("field", field.field()).put("message", field.message());
        }
        return response(e.status(), "application/json; charset=utf-8", body.toString(), e.headers());
    }

    private static APIGatewayProxyResponseEvent response(int status, String contentType, String body, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(headers).withBody(body);
    }
}
