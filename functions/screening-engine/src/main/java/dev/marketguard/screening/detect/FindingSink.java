package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** Collects findings, translating view offsets to original offsets on the way in. */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    /** A finding whose span [start, end) indexes {@code view}, a view derived from the field's original. */
    public void add(ViolationCategory category, String rule, double score, AnalyzedField field,
                    NormalizedText view, int start, int end, boolean contactExchange) {
        add(category, rule, score, field, view, start, end, contactExchange, null);
    }

    public void add(ViolationCategory category, String rule, double score, AnalyzedField field,
                    NormalizedText view, int start, int end, boolean contactExchange, String warningCode) {
        int[] span = view.toOriginal(start, end);
        span = trim(field.original(), span[0], span[1]);
        findings.add(new Finding(category, rule, score, field.name(), span[0], span[1], contactExchange, warningCode));
    }

    /** A finding on a non-text field (e.g. reward.type) whose value is the evidence. */
    public void addRaw(Finding finding) {
        findings.add(finding);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Evidence reads better without the blanks a span may have swallowed at its ends. */
    private static int[] trim(String original, int s, int e) {
        while (s < e && Character.isWhitespace(original.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
