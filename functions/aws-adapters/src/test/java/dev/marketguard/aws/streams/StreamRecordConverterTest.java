package dev.marketguard.aws.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

class StreamRecordConverterTest {
    private static final String ARN = "arn:aws:dynamodb:ap-northeast-1:123456789012:table/ViolationsTable/stream/2026-11-01T00:00:00.000";

    @Test
    void carriesEveryFieldTheHandlerReadsAndEveryAttributeType() {
        Map<String, AttributeValue> image = Map.of(
                "pk", AttributeValue.fromS("offender#c-9"),
                "count", AttributeValue.fromN("3"),
                "flags", AttributeValue.fromBool(true),
                "nothing", AttributeValue.fromNul(true),
                "blob", AttributeValue.fromB(SdkBytes.fromUtf8String("違反")),
                "tags", AttributeValue.fromSs(List.of("a", "b")),
                "nested", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("score", AttributeValue.fromN("0.97"))))));
        Record record = Record.builder().eventID("e-1").eventName(OperationType.MODIFY).eventVersion("1.1")
                .eventSource("aws:dynamodb").awsRegion("ap-northeast-1")
                .dynamodb(StreamRecord.builder().sequenceNumber("42").sizeBytes(99L).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                        .approximateCreationDateTime(Instant.parse("2026-11-28T10:00:00Z"))
                        .keys(Map.of("pk", AttributeValue.fromS("offender#c-9"))).newImage(image).build())
                .build();

        DynamodbEvent event = StreamRecordConverter.toEvent(List.of(record), ARN);
        DynamodbStreamRecord lambda = event.getRecords().get(0);
        assertThat(lambda.getEventID()).isEqualTo("e-1");
        assertThat(lambda.getEventName()).isEqualTo("MODIFY");
        assertThat(lambda.getEventSourceARN()).isEqualTo(ARN);
        assertThat(lambda.getDynamodb().getSequenceNumber()).isEqualTo("42");
        assertThat(lambda.getDynamodb().getApproximateCreationDateTime().toInstant()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(lambda.getDynamodb().getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(lambda.getDynamodb().getOldImage()).as("absent, as in Lambda events").isNull();

        var converted = lambda.getDynamodb().getNewImage();
        assertThat(converted.get("pk").getS()).isEqualTo("offender#c-9");
        assertThat(converted.get("count").getN()).isEqualTo("3");
        assertThat(converted.get("flags").getBOOL()).isTrue();
        assertThat(converted.get("nothing").getNULL()).isTrue();
        assertThat(SdkBytes.fromByteBuffer(converted.get("blob").getB()).asUtf8String()).isEqualTo("違反");
        assertThat(converted.get("tags").getSS()).containsExactly("a", "b");
        assertThat(converted.get("nested").getL().get(0).getM().get("score").getN()).isEqualTo("0.97");
    }
}
