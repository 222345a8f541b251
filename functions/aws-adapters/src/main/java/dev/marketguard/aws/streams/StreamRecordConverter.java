package dev.marketguard.aws.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Turns stream records read with the SDK (DynamoDB Streams GetRecords, as the emulator tests and
 * the local command read them) into the Lambda event the event source mapping would deliver, so
 * a handler can be driven from a real stream outside Lambda.
 */
public final class StreamRecordConverter {
    private StreamRecordConverter() {
    }

    /** One Lambda event holding {@code records}, all from the stream {@code streamArn}, in order. */
    public static DynamodbEvent toEvent(List<Record> records, String streamArn) {
        DynamodbEvent event = new DynamodbEvent();
        List<DynamodbStreamRecord> converted = new ArrayList<>(records.size());
        for (Record record : records) {
            converted.add(toLambdaRecord(record, streamArn));
        }
        event.setRecords(converted);
        return event;
    }

    /** The record as Lambda delivers it; {@code streamArn} becomes its eventSourceARN (GetRecords does not repeat it). */
    public static DynamodbStreamRecord toLambdaRecord(Record record, String streamArn) {
        DynamodbStreamRecord lambda = new DynamodbStreamRecord();
        lambda.setEventID(record.eventID());
        lambda.setEventName(record.eventNameAsString());
        lambda.setEventVersion(record.eventVersion());
        lambda.setEventSource(record.eventSource());
        lambda.setAwsRegion(record.awsRegion());
        lambda.setEventSourceARN(streamArn);
        if (record.userIdentity() != null) {
            lambda.setUserIdentity(new Identity().withPrincipalId(record.userIdentity().principalId())
                    .withType(record.userIdentity().type()));
        }
        software.amazon.awssdk.services.dynamodb.model.StreamRecord sdk = record.dynamodb();
        if (sdk != null) {
            StreamRecord stream = new StreamRecord()
                    .withSequenceNumber(sdk.sequenceNumber())
                    .withSizeBytes(sdk.sizeBytes());
            if (sdk.approximateCreationDateTime() != null) {
                stream.setApproximateCreationDateTime(Date.from(sdk.approximateCreationDateTime()));
            }
            if (sdk.streamViewTypeAsString() != null) {
                stream.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType
                        .fromValue(sdk.streamViewTypeAsString()));
            }
            // The SDK answers empty maps for absent images; Lambda events leave them out.
            if (sdk.hasKeys()) {
                stream.setKeys(toLambda(sdk.keys()));
            }
            if (sdk.hasNewImage()) {
                stream.setNewImage(toLambda(sdk.newImage()));
            }
            if (sdk.hasOldImage()) {
                stream.setOldImage(toLambda(sdk.oldImage()));
            }
            lambda.setDynamodb(stream);
        }
        return lambda;
    }

    public static Map<String, AttributeValue> toLambda(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        item.forEach((name, value) -> converted.put(name, toLambda(value)));
        return converted;
    }

    public static AttributeValue toLambda(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        return switch (value.type()) {
            case S -> new AttributeValue().withS(value.s());
            case N -> new AttributeValue().withN(value.n());
            case B -> new AttributeValue().withB(value.b().asByteBuffer());
            case SS -> new AttributeValue().withSS(value.ss());
            case NS -> new AttributeValue().withNS(value.ns());
            case BS -> new AttributeValue().withBS(value.bs().stream().map(SdkBytes::asByteBuffer).toList());
            case M -> new AttributeValue().withM(toLambda(value.m()));
            case L -> new AttributeValue().withL(value.l().stream().map(StreamRecordConverter::toLambda).toList());
            case BOOL -> new AttributeValue().withBOOL(value.bool());
            case NUL -> new AttributeValue().withNULL(Boolean.TRUE);
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("attribute of a type this SDK does not know: " + value);
        };
    }

}
