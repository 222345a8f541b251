package dev.marketguard.core.notification;

import java.time.Instant;

/**
 * Port: the log of notifications sent, by {@link DeliveryKey}. A notification is claimed before it
 * is published and marked sent after, so that a retried stream record neither notifies twice nor,
 * when a delivery died half-way, never: a claim whose lease ran out may be taken over.
 */
public interface SentNotifications {

    enum ClaimOutcome {
        /** This caller holds the claim and should publish. */
        CLAIMED,
        /** Published before: do nothing. */
        ALREADY_SENT,
        /** Another delivery holds a live claim: try again later. */
        IN_PROGRESS
    }

    /**
     * @param token      identifies this claim (only its holder may mark or release it)
     * @param leaseUntil until when the claim blocks others
     * @param expiresAt  when the log may forget the entry; null for never
     */
    record Claim(DeliveryKey key, String token, Instant claimedAt, Instant leaseUntil, Instant expiresAt) {
    }

    ClaimOutcome claim(Claim claim, Notification notification);

    /** Records that the claimed notification was published, as {@code messageId}. */
    void markSent(Claim claim, String messageId, Instant sentAt);

    /** Gives a claim up after a failed publish, so that the retry may claim it at once. */
    void release(Claim claim);
}
