package dev.marketguard.core.notification;

import dev.marketguard.core.notification.SentNotifications.Claim;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The domain service: turns an event into notifications and delivers each once.
 *
 * <p>Each notification is claimed in the sent log, published, then marked sent. A failed publish
 * gives the claim back and fails the call, so the caller (the stream) retries; the retry skips
 * what was already sent. A claim left by a delivery that died between claim and mark is taken
 * over once its lease has run out, so a crash delays a notification but never loses it.
 */
public final class SupportNotifier {
    /** Longer than the Lambda function's 30-second timeout: a live delivery always finishes within it. */
    public static final Duration DEFAULT_CLAIM_LEASE = Duration.ofSeconds(45);

    private static final System.Logger LOG = System.getLogger(SupportNotifier.class.getName());

    private final NotificationRules rules;
    private final NotificationPublisher publisher;
    private final SentNotifications sent;
    private final Clock clock;
    private final Duration claimLease;

    public SupportNotifier(NotificationRules rules, NotificationPublisher publisher, SentNotifications sent, Clock clock) {
        this(rules, publisher, sent, clock, DEFAULT_CLAIM_LEASE);
    }

    public SupportNotifier(NotificationRules rules, NotificationPublisher publisher, SentNotifications sent, Clock clock,
                           Duration claimLease) {
        this.rules = rules;
        this.publisher = publisher;
        this.sent = sent;
        this.clock = clock;
        this.claimLease = claimLease;
    }

    /** What one {@link #deliver} did. */
    public record Delivery(List<Notification> published, List<Notification> alreadySent) {
        public Delivery {
            published = List.copyOf(published);
            alreadySent = List.copyOf(alreadySent);
        }
    }

    /**
     * Publishes every notification {@code event} calls for that was not sent before.
     *
     * @param sourceRecordId the event's source record (a stream record's eventID)
     * @throws NotificationDeliveryException when one could not be delivered now; what was
     *                                       published before it stays published and is skipped on retry
     */
    public Delivery deliver(String sourceRecordId, SupportEvent event) {
        List<Notification> published = new ArrayList<>();
        List<Notification> alreadySent = new ArrayList<>();
        for (Notification notification : rules.notificationsFor(sourceRecordId, event)) {
            Instant now = clock.instant();
            DeliveryKey key = notification.key();
            Claim claim = new Claim(key, UUID.randomUUID().toString(), now, now.plus(claimLease),
                    key.rememberFor() == null ? null : now.plus(key.rememberFor()));
            switch (sent.claim(claim, notification)) {
                case ALREADY_SENT -> alreadySent.add(notification);
                case IN_PROGRESS -> throw new NotificationDeliveryException(
                        "notification " + key.id() + " is being delivered by another invocation; retry later", null);
                case CLAIMED -> {
                    publish(claim, notification);
                    published.add(notification);
                }
            }
        }
        return new Delivery(published, alreadySent);
    }

    private void publish(Claim claim, Notification notification) {
        String messageId;
        try {
            messageId = publisher.publish(notification);
        } catch (RuntimeException e) {
            try {
                sent.release(claim);
            } catch (RuntimeException releaseFailed) {
                // the lease runs out on its own; the retry takes the claim over then
                e.addSuppressed(releaseFailed);
            }
            throw new NotificationDeliveryException("could not publish notification " + claim.key().id(), e);
        }
        try {
            sent.markSent(claim, messageId, clock.instant());
        } catch (RuntimeException e) {
            // Published already: failing the record would only publish it again once the lease ran out.
            LOG.log(Level.WARNING, "published " + claim.key().id() + " as " + messageId + " but could not record it as sent", e);
        }
    }

    /** A notification could not be delivered now; the source record should be retried. */
    public static final class NotificationDeliveryException extends RuntimeException {
        public NotificationDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
