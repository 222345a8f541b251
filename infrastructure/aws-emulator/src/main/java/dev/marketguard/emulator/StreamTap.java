package dev.marketguard.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Reads a DynamoDB stream from its start; each {@link #poll()} returns only records not seen before. */
public final class StreamTap {
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Map<String, String> lastSequenceByShard = new HashMap<>();

    StreamTap(DynamoDbStreamsClient streams, String streamArn) {
        this.streams = streams;
        this.streamArn = streamArn;
    }

    public String streamArn() {
        return streamArn;
    }

    public synchronized List<Record> poll() {
        List<Record> records = new ArrayList<>();
        for (Shard shard : streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
            String last = lastSequenceByShard.get(shard.shardId());
            String iterator = streams.getShardIterator(b -> {
                b.streamArn(streamArn).shardId(shard.shardId());
                if (last == null) {
                    b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
                } else {
                    b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(last);
                }
            }).shardIterator();
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse response = streams.getRecords(b -> b.shardIterator(current));
                if (response.records().isEmpty()) {
                    break;
                }
                records.addAll(response.records());
                lastSequenceByShard.put(shard.shardId(), response.records().get(response.records().size() - 1).dynamodb().sequenceNumber());
                iterator = response.nextShardIterator();
            }
        }
        return records;
    }
}
