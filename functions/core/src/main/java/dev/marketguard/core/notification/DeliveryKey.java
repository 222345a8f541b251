package dev.marketguard.core.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * What a notification is remembered by, so that a retried delivery does not notify twice, and
 * for how long.
 *
 * @param rememberFor how long the sent log keeps it; null for as long as the log exists
 */
public record DeliveryKey(String id, Duration rememberFor) {
    /** Stream records live 24 hours and are retried within that; a week leaves room for replays. */
    public static final Duration SOURCE_RECORD_RETENTION = Duration.ofDays(7);

    public DeliveryKey {
        Objects.requireNonNull(id, "id");
    }

    /** The one notification a source record (a stream record's eventID) calls for. */
    public static DeliveryKey forSourceRecord(String sourceRecordId) {
        return new DeliveryKey("record#" + sourceRecordId, SOURCE_RECORD_RETENTION);
    }

    /**
     * A user reaching a repeat-offender threshold. Counts only grow, so each crossing happens once;
     * remembering it without expiry keeps a replayed or re-delivered change from notifying again.
     */
    public static DeliveryKey forThresholdCrossing(String offenderId, long threshold) {
        return new DeliveryKey("offender#" + offenderId + "#" + threshold, null);
    }
}
