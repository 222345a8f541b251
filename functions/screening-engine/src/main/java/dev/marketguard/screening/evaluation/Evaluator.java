package dev.marketguard.screening.evaluation;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Screener;
import dev.marketguard.core.screening.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures a screener against labelled items. A category counts as predicted when it appears in
 * the verdict's violations (review or block). Clean items are also counted by decision, for the
 * false-block and false-review rates.
 */
public final class Evaluator {

    public record CategoryMetrics(ViolationCategory category, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() {
            return truePositives + falseNegatives;
        }
    }

    /** A wrong call, for diagnosis. */
    public record Miss(String id, Set<ViolationCategory> expected, Set<ViolationCategory> predicted, Decision decision) {
    }

    public record Report(Map<ViolationCategory, CategoryMetrics> categories, int items, int cleanItems,
                         int cleanBlocked, int cleanReviewed, List<Miss> misses) {
        public double macroRecall() {
            return categories.values().stream().mapToDouble(CategoryMetrics::recall).average().orElse(0);
        }

        public double macroPrecision() {
            return categories.values().stream().mapToDouble(CategoryMetrics::precision).average().orElse(0);
        }

        public double falseBlockRate() {
            return cleanItems == 0 ? 0 : (double) cleanBlocked / cleanItems;
        }

        public double falseReviewRate() {
            return cleanItems == 0 ? 0 : (double) cleanReviewed / cleanItems;
        }
    }

    /** Obfuscation suite: caught = not allowed and DIRECT_TRADING named. */
    public record ObfuscationReport(int items, int caught, List<String> missed) {
        public double catchRate() {
            return items == 0 ? 0 : (double) caught / items;
        }
    }

    public Report evaluate(Screener screener, List<CorpusItem> items) {
        Map<ViolationCategory, int[]> counts = new EnumMap<>(ViolationCategory.class);
        for (ViolationCategory c : ViolationCategory.values()) {
            counts.put(c, new int[3]);
        }
        int clean = 0;
        int blocked = 0;
        int reviewed = 0;
        List<Miss> misses = new ArrayList<>();
        for (CorpusItem item : items) {
            Assessment a = screener.screen(item.submission());
            Set<ViolationCategory> predicted = predicted(a);
            for (ViolationCategory c : ViolationCategory.values()) {
                boolean truth = item.labels().contains(c);
                boolean pred = predicted.contains(c);
                int[] k = counts.get(c);
                if (truth && pred) {
                    k[0]++;
                } else if (pred) {
                    k[1]++;
                } else if (truth) {
                    k[2]++;
                }
            }
            if (item.isClean()) {
                clean++;
                if (a.decision() == Decision.BLOCK) {
                    blocked++;
                } else if (a.decision() == Decision.REVIEW) {
                    reviewed++;
                }
            }
            if (!predicted.equals(item.labels())) {
                misses.add(new Miss(item.id(), item.labels(), predicted, a.decision()));
            }
        }
        Map<ViolationCategory, CategoryMetrics> metrics = new EnumMap<>(ViolationCategory.class);
        for (Map.Entry<ViolationCategory, int[]> e : counts.entrySet()) {
            int[] k = e.getValue();
            metrics.put(e.getKey(), new CategoryMetrics(e.getKey(), k[0], k[1], k[2]));
        }
        return new Report(metrics, items.size(), clean, blocked, reviewed, misses);
    }

    public ObfuscationReport evaluateObfuscation(Screener screener, List<CorpusItem> items) {
        int caught = 0;
        List<String> missed = new ArrayList<>();
        for (CorpusItem item : items) {
            Assessment a = screener.screen(item.submission());
            if (a.decision() != Decision.ALLOW && predicted(a).contains(ViolationCategory.DIRECT_TRADING)) {
                caught++;
            } else {
                missed.add(item.id());
            }
        }
        return new ObfuscationReport(items.size(), caught, missed);
    }

    private static Set<ViolationCategory> predicted(Assessment a) {
        Set<ViolationCategory> s = EnumSet.noneOf(ViolationCategory.class);
        for (Violation v : a.violations()) {
            s.add(v.category());
        }
        return s;
    }
}
