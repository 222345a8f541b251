package dev.marketguard.core.screening;

/** A staff decision on a verdict that is not (or no longer) waiting for one. */
public class ReviewConflictException extends RuntimeException {
    public ReviewConflictException(String message) {
        super(message);
    }
}
