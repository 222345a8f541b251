package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;

/**
 * One thing a detector saw: the category it points to, the rule or recognizer id, its weight
 * (0..1), and where: a field and ORIGINAL-text offsets. {@code contactExchange} marks findings
 * that are only contact details, which are allowed after escrow in project mode.
 */
public record Finding(ViolationCategory category, String rule, double score, String field, int start, int end,
                      boolean contactExchange, String warningCode) {

    public Finding {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
    }

    /**
     * Whether the finding is the thing itself, not words about it: an actual number, address, ID,
     * handle or link (a messenger only named, however insistently, scores under 0.9), or a
     * structured field that states the violation (reward type commission or goods).
     */
    public boolean isConcrete() {
        return rule.startsWith("contact.") && !(rule.equals("contact.messenger") && score < 0.9)
                || rule.startsWith("reward.");
    }
}
