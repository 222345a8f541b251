package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff decision on a review verdict.
 *
 * @param category the category staff named, or null: a confirmed violation then counts under the
 *                 verdict's own categories; always null for {@link ReviewOutcome#CLEAN}
 */
public record StaffReview(ReviewOutcome outcome, ViolationCategory category, String reviewerId, Instant reviewedAt) {
    public StaffReview {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (outcome == ReviewOutcome.CLEAN && category != null) {
            throw new IllegalArgumentException("a clean review names no category");
        }
    }

    /** True when a repeated request asks for this same decision (a client retry, not a second opinion). */
    public boolean sameDecision(ReviewOutcome outcome, ViolationCategory category, String reviewerId) {
        return this.outcome == outcome && this.category == category && this.reviewerId.equals(reviewerId);
    }
}
