package dev.marketguard.core.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The counts of established violations at which support reviews a user: the first threshold
 * calls for a warning review (警告の検討), every later one for a suspension review (利用停止の検討).
 * Configured as {@code REPEAT_OFFENDER_THRESHOLDS}, e.g. "3,5" (the default).
 */
public record RepeatOffenderThresholds(List<Long> values) {
    public static final RepeatOffenderThresholds DEFAULT = new RepeatOffenderThresholds(List.of(3L, 5L));

    public enum Stage {
        WARNING_REVIEW("警告の検討"),
        SUSPENSION_REVIEW("利用停止の検討");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A threshold reached by a change of count. */
    public record Crossing(long threshold, Stage stage) {
    }

    public RepeatOffenderThresholds {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("at least one repeat-offender threshold is needed");
        }
        TreeSet<Long> sorted = new TreeSet<>(values);
        if (sorted.first() < 1) {
            throw new IllegalArgumentException("repeat-offender thresholds must be positive: " + values);
        }
        values = List.copyOf(sorted);
    }

    /** Parses "3,5"; blank gives the default. */
    public static RepeatOffenderThresholds parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        List<Long> values = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                values.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("repeat-offender thresholds must be whole numbers separated by commas, not \"" + text + "\"");
            }
        }
        return new RepeatOffenderThresholds(values);
    }

    /** Every threshold t with {@code previous < t <= current}: counts normally grow by one, but a jump crosses several. */
    public List<Crossing> crossedBetween(long previous, long current) {
        List<Crossing> crossings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long threshold = values.get(i);
            if (previous < threshold && threshold <= current) {
                crossings.add(new Crossing(threshold, i == 0 ? Stage.WARNING_REVIEW : Stage.SUSPENSION_REVIEW));
            }
        }
        return crossings;
    }
}
