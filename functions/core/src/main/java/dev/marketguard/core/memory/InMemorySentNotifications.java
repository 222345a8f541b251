package dev.marketguard.core.memory;

import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.SentNotifications;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sent log in memory, for unit tests and the local server; same claim rules as the DynamoDB one. */
public class InMemorySentNotifications implements SentNotifications {
    private record Entry(String token, Instant leaseUntil, String messageId) {
        boolean sent() {
            return messageId != null;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized ClaimOutcome claim(Claim claim, Notification notification) {
        Entry existing = entries.get(claim.key().id());
        if (existing != null && existing.sent()) {
            return ClaimOutcome.ALREADY_SENT;
        }
        if (existing != null && !existing.leaseUntil().isBefore(claim.claimedAt())) {
            return ClaimOutcome.IN_PROGRESS;
        }
        entries.put(claim.key().id(), new Entry(claim.token(), claim.leaseUntil(), null));
        return ClaimOutcome.CLAIMED;
    }

    @Override
    public synchronized void markSent(Claim claim, String messageId, Instant sentAt) {
        Entry existing = entries.get(claim.key().id());
        if (existing != null && existing.token().equals(claim.token())) {
            entries.put(claim.key().id(), new Entry(claim.token(), existing.leaseUntil(), messageId));
        }
    }

    @Override
    public synchronized void release(Claim claim) {
        Entry existing = entries.get(claim.key().id());
        if (existing != null && !existing.sent() && existing.token().equals(claim.token())) {
            entries.remove(claim.key().id());
        }
    }

    /** The message id a key was sent as, if it was. */
    public synchronized Optional<String> sentAs(String keyId) {
        return Optional.ofNullable(entries.get(keyId)).map(Entry::messageId);
    }
}
