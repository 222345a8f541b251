package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import java.util.List;

/** One violated category in a verdict, with the rule that fired, its score (0..1) and the evidence. */
public record Violation(ViolationCategory category, String rule, double score, List<Evidence> evidence) {
    public Violation {
        evidence = List.copyOf(evidence);
    }
}
