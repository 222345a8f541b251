package dev.marketguard.screening;

import java.util.Map;

/**
 * Decision thresholds on a category's combined score (0..1): at or above {@code block} the
 * submission is blocked, at or above {@code review} it goes to a person.
 */
public record Thresholds(double review, double block) {
    public static final double DEFAULT_REVIEW = 0.5;
    public static final double DEFAULT_BLOCK = 0.85;
    public static final String REVIEW_VARIABLE = "REVIEW_THRESHOLD";
    public static final String BLOCK_VARIABLE = "BLOCK_THRESHOLD";

    public Thresholds {
        if (!(review > 0 && review <= 1)) {
            throw new IllegalArgumentException("review threshold must be in (0, 1], was " + review);
        }
        if (!(block > 0 && block <= 1)) {
            throw new IllegalArgumentException("block threshold must be in (0, 1], was " + block);
        }
        if (review > block) {
            throw new IllegalArgumentException("review threshold (" + review + ") must not exceed block threshold (" + block + ")");
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(DEFAULT_REVIEW, DEFAULT_BLOCK);
    }

    /** Reads REVIEW_THRESHOLD and BLOCK_THRESHOLD (defaults 0.5 / 0.85); unparsable or inconsistent values are rejected. */
    public static Thresholds fromEnvironment(Map<String, String> env) {
        double review = parse(env, REVIEW_VARIABLE, DEFAULT_REVIEW);
        double block = parse(env, BLOCK_VARIABLE, DEFAULT_BLOCK);
        try {
            return new Thresholds(review, block);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid " + REVIEW_VARIABLE + "/" + BLOCK_VARIABLE + ": " + e.getMessage(), e);
        }
    }

    private static double parse(Map<String, String> env, String name, double fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(raw.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException("not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number between 0 and 1, was \"" + raw + "\"", e);
        }
    }
}
