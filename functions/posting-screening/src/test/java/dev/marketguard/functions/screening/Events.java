package dev.marketguard.functions.screening;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The sample API Gateway events under src/test/resources/events/, and variations of them. */
final class Events {
    private Events() {
    }

    static APIGatewayProxyRequestEvent load(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return Json.MAPPER.readValue(in, APIGatewayProxyRequestEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample event's JSON body as an object to modify. */
    static ObjectNode body(APIGatewayProxyRequestEvent event) {
        return (ObjectNode) json(event.getBody());
    }

    static APIGatewayProxyRequestEvent withBody(APIGatewayProxyRequestEvent event, Object body) {
        return event.withBody(body instanceof String text ? text : body.toString());
    }

    static APIGatewayProxyRequestEvent review(String screeningId, String body) {
        APIGatewayProxyRequestEvent event = load("review-decision.json");
        Map<String, String> parameters = new HashMap<>();
        parameters.put("screeningId", screeningId);
        return event.withPath("/screenings/" + screeningId + "/review").withPathParameters(parameters).withBody(body);
    }

    static APIGatewayProxyRequestEvent queue(Integer limit, String cursor) {
        Map<String, String> query = new HashMap<>();
        if (limit != null) {
            query.put("limit", limit.toString());
        }
        if (cursor != null) {
            query.put("cursor", cursor);
        }
        return load("review-queue.json").withQueryStringParameters(query);
    }

    static JsonNode json(APIGatewayProxyResponseEvent response) {
        return json(response.getBody());
    }

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
