package dev.marketguard.local.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

class StreamRecordJsonTest {

    @Test
    void templateReportsFilterSeesTheRecordAsLambdaWould() {
        EventPattern reports = EventPattern.parse(
                "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"NewImage\":{\"recordType\":{\"S\":[\"report\"]}}}}");
        Record report = insert(Map.of("pk", AttributeValue.fromS("report#r-1"), "recordType", AttributeValue.fromS("report"),
                "targetReportCount", AttributeValue.fromN("2")));
        Record quota = insert(Map.of("pk", AttributeValue.fromS("quota#u-1#2026-11-28"), "count", AttributeValue.fromN("1")));

        assertThat(reports.matches(StreamRecordJson.of(report))).isTrue();
        assertThat(reports.matches(StreamRecordJson.of(quota))).isFalse();
        assertThat(StreamRecordJson.of(report).at("/dynamodb/NewImage/targetReportCount/N").asText()).isEqualTo("2");
    }

    private static Record insert(Map<String, AttributeValue> image) {
        return Record.builder().eventID("e-1").eventName(OperationType.INSERT).eventSource("aws:dynamodb")
                .dynamodb(StreamRecord.builder().newImage(image).keys(Map.of("pk", image.get("pk"))).sequenceNumber("100").build())
                .build();
    }
}
