package dev.marketguard.screening.rules;

import java.util.List;

/**
 * The versioned ruleset; the version is stamped on every verdict. {@code compoundWords} are
 * words inside which no phrase hit may start or end (ライン is not a word inside オンライン).
 */
public record Ruleset(String version, List<String> compoundWords, List<Rule> rules) {
    public Ruleset {
        compoundWords = List.copyOf(compoundWords);
        rules = List.copyOf(rules);
    }
}
