package dev.marketguard.screening.rules;

import java.util.List;

/** The versioned ruleset; the version is stamped on every verdict. */
public record Ruleset(String version, List<Rule> rules) {
    public Ruleset {
        rules = List.copyOf(rules);
    }
}
