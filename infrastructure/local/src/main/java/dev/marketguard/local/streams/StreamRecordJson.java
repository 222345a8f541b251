package dev.marketguard.local.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** A stream record as Lambda's event filtering sees it: {"eventName":…,"dynamodb":{"Keys":…,"NewImage":{"decision":{"S":"block"}}}}. */
final class StreamRecordJson {
    private StreamRecordJson() {
    }

    static JsonNode of(Record record) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("eventID", record.eventID());
        json.put("eventName", record.eventNameAsString());
        json.put("eventSource", record.eventSource());
        StreamRecord stream = record.dynamodb();
        if (stream != null) {
            ObjectNode dynamodb = json.putObject("dynamodb");
            if (stream.hasKeys()) {
                dynamodb.set("Keys", item(stream.keys()));
            }
            if (stream.hasNewImage()) {
                dynamodb.set("NewImage", item(stream.newImage()));
            }
            if (stream.hasOldImage()) {
                dynamodb.set("OldImage", item(stream.oldImage()));
            }
            dynamodb.put("SequenceNumber", stream.sequenceNumber());
            dynamodb.put("StreamViewType", stream.streamViewTypeAsString());
        }
        return json;
    }

    private static ObjectNode item(Map<String, AttributeValue> item) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        item.forEach((name, value) -> json.set(name, value(value)));
        return json;
    }

    private static ObjectNode value(AttributeValue value) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        if (value.s() != null) {
            json.put("S", value.s());
        } else if (value.n() != null) {
            json.put("N", value.n());
        } else if (value.bool() != null) {
            json.put("BOOL", value.bool());
        } else if (Boolean.TRUE.equals(value.nul())) {
            json.put("NULL", true);
        } else if (value.hasM()) {
            json.set("M", item(value.m()));
        } else if (value.hasL()) {
            ArrayNode list = json.putArray("L");
            value.l().forEach(v -> list.add(value(v)));
        } else if (value.hasSs()) {
            ArrayNode set = json.putArray("SS");
            value.ss().forEach(set::add);
        } else if (value.hasNs()) {
            ArrayNode set = json.putArray("NS");
            value.ns().forEach(set::add);
        } else if (value.b() != null) {
            json.put("B", value.b().asByteArray());
        }
        return json;
    }
}
