package dev.marketguard.functions.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** API Gateway events for tests: the samples under src/test/resources/events/, and hand-made ones. */
final class Events {
    private Events() {
    }

    static APIGatewayProxyRequestEvent sample(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return Json.MAPPER.readValue(in, APIGatewayProxyRequestEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static APIGatewayProxyRequestEvent postReport(String body) {
        return post("/reports", body);
    }

    static APIGatewayProxyRequestEvent postResolution(String reportId, String body) {
        return post("/reports/" + reportId + "/resolution", body).withPathParameters(Map.of("reportId", reportId));
    }

    static APIGatewayProxyRequestEvent post(String path, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath(path).withHeaders(headers).withBody(body);
    }

    static APIGatewayProxyRequestEvent withHeader(APIGatewayProxyRequestEvent event, String name, String value) {
        Map<String, String> headers = new HashMap<>(event.getHeaders() == null ? Map.of() : event.getHeaders());
        headers.put(name, value);
        return event.withHeaders(headers);
    }

    static String report(String reporterId, String targetType, String targetId, String category) {
        return "{\"reporterId\":\"" + reporterId + "\",\"target\":{\"type\":\"" + targetType + "\",\"id\":\"" + targetId
                + "\"},\"category\":\"" + category + "\",\"detail\":\"外部のフォームへ誘導されました\"}";
    }

    static JsonNode body(APIGatewayProxyResponseEvent response) {
        try {
            return Json.MAPPER.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
