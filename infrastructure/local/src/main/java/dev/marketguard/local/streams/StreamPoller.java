package dev.marketguard.local.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.streams.StreamRecordConverter;
import dev.marketguard.emulator.StreamEventSource;
import dev.marketguard.emulator.StreamTap;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The event source mappings of template.yaml, against an emulator: reads each table's stream,
 * keeps the records the mapping's filter patterns let through, and invokes the function with
 * batches of at most BatchSize records. Records the function reports as failed (partial batch
 * response) are delivered again on the next poll, up to MaximumRetryAttempts; then they are
 * reported as what Lambda would send to the on-failure destination.
 */
public final class StreamPoller implements AutoCloseable {
    private final List<Source> sources = new ArrayList<>();
    private final Function<DynamodbEvent, StreamsEventResponse> function;
    private final PrintStream log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stream-poller");
        thread.setDaemon(true);
        return thread;
    });

    /** One event source mapping: its tap on the stream, its filters, and the records waiting for a retry. */
    private record Source(StreamEventSource declared, StreamTap tap, List<EventPattern> patterns,
                          List<Record> retries, Map<String, Integer> attempts) {
        boolean accepts(Record record) {
            if (patterns.isEmpty()) {
                return true;
            }
            JsonNode json = StreamRecordJson.of(record);
            return patterns.stream().anyMatch(p -> p.matches(json));
        }
    }

    public StreamPoller(Function<DynamodbEvent, StreamsEventResponse> function, PrintStream log) {
        this.function = function;
        this.log = log;
    }

    public StreamPoller add(StreamEventSource declared, StreamTap tap) {
        sources.add(new Source(declared, tap, declared.filterPatterns().stream().map(EventPattern::parse).toList(),
                new ArrayList<>(), new HashMap<>()));
        return this;
    }

    /** Polls every {@code intervalMillis} in the background until closed. */
    public void start(long intervalMillis) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                log.println("[streams] polling failed, will retry: " + e.getMessage());
            }
        }, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** One round over every stream: new records, then those waiting for a retry. */
    public synchronized void pollOnce() {
        for (Source source : sources) {
            List<Record> pending = new ArrayList<>(source.retries());
            source.retries().clear();
            source.tap().poll().stream().filter(source::accepts).forEach(pending::add);
            int batchSize = Math.max(1, source.declared().batchSize());
            for (int from = 0; from < pending.size(); from += batchSize) {
                invoke(source, pending.subList(from, Math.min(pending.size(), from + batchSize)));
            }
        }
    }

    private void invoke(Source source, List<Record> batch) {
        StreamsEventResponse response = function.apply(StreamRecordConverter.toEvent(batch, source.tap().streamArn()));
        Set<String> failed = new HashSet<>();
        if (response != null && response.getBatchItemFailures() != null) {
            response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        }
        log.println("[streams] " + source.declared().tableLogicalId() + ": " + batch.size()
                + (batch.size() == 1 ? " record" : " records") + " to SupportNotifierFunction"
                + (failed.isEmpty() ? "" : ", " + failed.size() + " reported failed"));
        // the handler reports the first failure of a stream; Lambda re-delivers from there on
        boolean failing = false;
        for (Record record : batch) {
            String sequence = record.dynamodb().sequenceNumber();
            failing |= failed.contains(sequence);
            if (!failing) {
                source.attempts().remove(sequence);
                continue;
            }
            int attempts = source.attempts().merge(sequence, 1, Integer::sum);
            int maximum = source.declared().maximumRetryAttempts();
            if (maximum >= 0 && attempts > maximum) {
                source.attempts().remove(sequence);
                log.println("[streams] " + source.declared().tableLogicalId() + " record " + record.eventID()
                        + " failed " + attempts + " times; Lambda would send it to the on-failure destination (NotifierDlq)");
            } else {
                source.retries().add(record);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
