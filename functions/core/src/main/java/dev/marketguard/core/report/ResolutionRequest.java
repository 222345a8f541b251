package dev.marketguard.core.report;

import dev.marketguard.core.category.ReportCategory;
import java.util.Objects;

/**
 * Support's request to resolve a report.
 *
 * @param category   the category support decided (null allowed only when dismissing)
 * @param offenderId who is responsible when the target is not a user (null: unknown)
 */
public record ResolutionRequest(ResolutionOutcome outcome, ReportCategory category, String resolverId, String offenderId) {
    public ResolutionRequest {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(resolverId, "resolverId");
    }
}
