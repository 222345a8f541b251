package dev.marketguard.functions.notifier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import dev.marketguard.aws.config.AwsClients;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.aws.notification.DynamoDbSentNotifications;
import dev.marketguard.aws.notification.SnsNotificationPublisher;
import dev.marketguard.aws.notification.SupportEventMapper;
import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.notification.SupportNotifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lambda entry point for the four stream event source mappings (template.yaml): each record is
 * mapped to a {@link SupportEvent} and handed to the {@link SupportNotifier}.
 *
 * <p>Partial batch response: records of one stream are handled in order; at the first failure the
 * rest of that stream's records are left alone and the failed record's sequence number is
 * reported, because Lambda re-delivers from there on anyway (notifying later records first would
 * reorder them). The sent log keeps the re-delivery from notifying twice.
 */
public class SupportNotifierHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final System.Logger LOG = System.getLogger(SupportNotifierHandler.class.getName());

    private final SupportNotifier notifier;
    private final SupportEventMapper mapper = new SupportEventMapper();
    private final MetricsLogger metrics;

    /** Lambda's constructor: configuration from the environment template.yaml sets. */
    public SupportNotifierHandler() {
        this(AwsEnvironment.fromSystem());
        NotifierPriming.register(this);
    }

    public SupportNotifierHandler(AwsEnvironment env) {
        this(notifierFor(env), MetricsLogger.toStdout(env.optional("METRICS_NAMESPACE").orElse("marketguard"), "support-notifier"));
    }

    public SupportNotifierHandler(SupportNotifier notifier, MetricsLogger metrics) {
        this.notifier = notifier;
        this.metrics = metrics;
    }

    /** The notifier wired to SNS and DynamoDB: NOTIFICATIONS_TABLE, SUPPORT_TOPIC_ARN, REPEAT_OFFENDER_THRESHOLDS. */
    public static SupportNotifier notifierFor(AwsEnvironment env) {
        RepeatOffenderThresholds thresholds;
        try {
            thresholds = RepeatOffenderThresholds.parse(env.optional("REPEAT_OFFENDER_THRESHOLDS").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("environment variable REPEAT_OFFENDER_THRESHOLDS: " + e.getMessage(), e);
        }
        return new SupportNotifier(new NotificationRules(thresholds),
                new SnsNotificationPublisher(AwsClients.sns(env), env.required("SUPPORT_TOPIC_ARN")),
                new DynamoDbSentNotifications(AwsClients.dynamoDb(env), env.required("NOTIFICATIONS_TABLE")),
                Clock.systemUTC());
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<BatchItemFailure> failures = new ArrayList<>();
        Set<String> failedStreams = new HashSet<>();
        List<DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (DynamodbStreamRecord record : records) {
            String stream = record.getEventSourceARN() == null ? "" : record.getEventSourceARN();
            if (failedStreams.contains(stream)) {
                continue;
            }
            if (!handle(record)) {
                failedStreams.add(stream);
                failures.add(new BatchItemFailure(record.getDynamodb().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }

    /** @return false when the record must be retried */
    private boolean handle(DynamodbStreamRecord record) {
        try {
            Optional<SupportEvent> event = mapper.toSupportEvent(record);
            if (event.isEmpty()) {
                metrics.count("RecordsIgnored", Map.of());
                return true;
            }
            SupportNotifier.Delivery delivery = notifier.deliver(record.getEventID(), event.get());
            for (Notification sent : delivery.published()) {
                metrics.count("NotificationsPublished", Map.of("Kind", sent.kind().code(), "Severity", sent.severity().code()));
            }
            for (Notification skipped : delivery.alreadySent()) {
                metrics.count("DuplicatesSuppressed", Map.of("Kind", skipped.kind().code()));
            }
            return true;
        } catch (RuntimeException e) {
            // ids and the error only: images may hold personal data
            LOG.log(System.Logger.Level.ERROR, "stream record " + record.getEventID() + " (sequence "
                    + record.getDynamodb().getSequenceNumber() + ") failed; it will be retried", e);
            metrics.count("RecordFailures", Map.of());
            return false;
        }
    }
}
