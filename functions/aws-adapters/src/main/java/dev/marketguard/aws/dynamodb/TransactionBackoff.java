package dev.marketguard.aws.dynamodb;

/**
 * How our DynamoDB transactions retry when a concurrent transaction on the same items cancelled
 * them (TransactionConflict) or an optimistic read went stale: jittered exponential backoff,
 * capped at 200 ms a wait and {@link #MAX_ATTEMPTS} attempts.
 */
public final class TransactionBackoff {
    public static final int MAX_ATTEMPTS = 12;

    private TransactionBackoff() {
    }

    /** Waits before attempt {@code attempt + 1}. */
    public static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.min(200, 5L << Math.min(attempt, 20)) * (0.5 + Math.random())));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
