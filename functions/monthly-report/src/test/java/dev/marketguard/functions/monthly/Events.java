package dev.marketguard.functions.monthly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample events under src/test/resources/events, and invoking a handler with them. */
final class Events {
    private Events() {
    }

    static ObjectNode load(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample API Gateway GET for another month (path and path parameter). */
    static ObjectNode apiGet(String sample, String month) {
        ObjectNode event = load(sample);
        event.put("path", "/monthly-reports/" + month);
        ((ObjectNode) event.get("pathParameters")).put("month", month);
        return event;
    }

    static JsonNode invoke(MonthlyReportHandler handler, JsonNode event) {
        return invoke(handler, event.toString());
    }

    static JsonNode invoke(MonthlyReportHandler handler, String event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
