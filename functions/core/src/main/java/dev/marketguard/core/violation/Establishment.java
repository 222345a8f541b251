package dev.marketguard.core.violation;

/**
 * The outcome of establishing a violation.
 *
 * @param counted        true when this call counted it; false when it was already counted this month
 * @param offenderTotal  the offender's established violations after this call (0 when no offender)
 */
public record Establishment(boolean counted, long offenderTotal) {
}
