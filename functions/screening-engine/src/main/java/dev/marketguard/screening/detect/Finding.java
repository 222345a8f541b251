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
}
