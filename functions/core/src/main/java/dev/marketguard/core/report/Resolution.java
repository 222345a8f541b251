package dev.marketguard.core.report;

import dev.marketguard.core.category.ReportCategory;
import java.time.Instant;
import java.util.Objects;

/**
 * Support's decision on a report, as stored.
 *
 * @param category   the category support decided; required when confirmed, optional when dismissed
 * @param offenderId the user held responsible for a confirmed report, or null when unknown
 */
public record Resolution(ResolutionOutcome outcome, ReportCategory category, String resolverId,
                         String offenderId, Instant resolvedAt) {
    public Resolution {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(resolverId, "resolverId");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (outcome == ResolutionOutcome.CONFIRMED && category == null) {
            throw new IllegalArgumentException("a confirmed resolution needs a category");
        }
    }

    /** The same decision (outcome, category, offender), whoever made it and whenever. */
    public boolean sameDecisionAs(Resolution other) {
        return outcome == other.outcome && category == other.category && Objects.equals(offenderId, other.offenderId);
    }
}
