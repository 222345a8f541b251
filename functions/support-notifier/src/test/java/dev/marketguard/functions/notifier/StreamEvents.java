package dev.marketguard.functions.notifier;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads sample Lambda DynamoDB stream events (the JSON Lambda delivers) from src/test/resources/events. */
final class StreamEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamEvents() {
    }

    static DynamodbEvent load(String name) {
        try (InputStream in = StreamEvents.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return event(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of the named samples, in order, as one event. */
    static DynamodbEvent concat(String... names) {
        List<DynamodbStreamRecord> records = new ArrayList<>();
        for (String name : names) {
            records.addAll(load(name).getRecords());
        }
        return of(records);
    }

    static DynamodbEvent of(List<DynamodbStreamRecord> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(new ArrayList<>(records));
        return event;
    }

    private static DynamodbEvent event(JsonNode root) {
        List<DynamodbStreamRecord> records = new ArrayList<>();
        for (JsonNode r : root.path("Records")) {
            DynamodbStreamRecord record = new DynamodbStreamRecord();
            record.setEventID(r.path("eventID").asText());
            record.setEventName(r.path("eventName").asText());
            record.setEventVersion(r.path("eventVersion").asText(null));
            record.setEventSource(r.path("eventSource").asText(null));
            record.setAwsRegion(r.path("awsRegion").asText(null));
            record.setEventSourceARN(r.path("eventSourceARN").asText(null));
            JsonNode d = r.path("dynamodb");
            StreamRecord stream = new StreamRecord().withSequenceNumber(d.path("SequenceNumber").asText());
            if (d.has("ApproximateCreationDateTime")) {
                stream.setApproximateCreationDateTime(new Date(d.path("ApproximateCreationDateTime").asLong() * 1000));
            }
            if (d.has("Keys")) {
                stream.setKeys(item(d.path("Keys")));
            }
            if (d.has("NewImage")) {
                stream.setNewImage(item(d.path("NewImage")));
            }
            if (d.has("OldImage")) {
                stream.setOldImage(item(d.path("OldImage")));
            }
            record.setDynamodb(stream);
            records.add(record);
        }
        return of(records);
    }

    private static Map<String, AttributeValue> item(JsonNode node) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> item.put(field.getKey(), value(field.getValue())));
        return item;
    }

    private static AttributeValue value(JsonNode node) {
        Map.Entry<String, JsonNode> typed = node.fields().next();
        JsonNode v = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> new AttributeValue().withS(v.asText());
            case "N" -> new AttributeValue().withN(v.asText());
            case "BOOL" -> new AttributeValue().withBOOL(v.asBoolean());
            case "NULL" -> new AttributeValue().withNULL(true);
            case "SS" -> {
                List<String> strings = new ArrayList<>();
                v.forEach(s -> strings.add(s.asText()));
                yield new AttributeValue().withSS(strings);
            }
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                v.forEach(element -> list.add(value(element)));
                yield new AttributeValue().withL(list);
            }
            case "M" -> new AttributeValue().withM(item(v));
            default -> throw new IllegalArgumentException("sample events use S, N, BOOL, NULL, SS, L and M, not " + typed.getKey());
        };
    }
}
