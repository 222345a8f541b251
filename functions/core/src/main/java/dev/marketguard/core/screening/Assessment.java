package dev.marketguard.core.screening;

import java.util.List;

/** What the screening engine concludes about one submission. */
public record Assessment(Decision decision, List<Violation> violations, List<Warning> warnings, String rulesetVersion) {
    public Assessment {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }
}
