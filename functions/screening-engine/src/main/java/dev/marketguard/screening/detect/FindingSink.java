package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** Collects findings, translating view offsets to original offsets on the way in. */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    /** Contact contexts: [field, start, end, window] in original offsets, plus the context rule ids. */
    private List<Object[]> contexts;

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

    /**
     * Marks [start, end) of {@code view} as a context in which contact findings of the same field
     * within {@code window} original chars do not count (see {@code Rule#isContactContext}).
     */
    public void suppressContacts(String rule, AnalyzedField field, NormalizedText view, int start, int end, int window) {
        int[] span = view.toOriginal(start, end);
        if (contexts == null) {
            contexts = new ArrayList<>(2);
        }
        contexts.add(new Object[] {rule, field.name(), new int[] {span[0], span[1], window}});
    }

    /** Ids of the contact contexts that fired (for rule examples and diagnostics). */
    public List<String> contactContexts() {
        List<String> out = new ArrayList<>();
        if (contexts != null) {
            for (Object[] c : contexts) {
                out.add((String) c[0]);
            }
        }
        return out;
    }

    /** The findings, without contact findings that lie inside a contact context. */
    public List<Finding> findings() {
        if (contexts == null) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!(f.contactExchange() && insideContext(f))) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean insideContext(Finding f) {
        for (Object[] c : contexts) {
            int[] z = (int[]) c[2];
            if (!f.field().equals(c[1])) {
                continue;
            }
            int distance = f.end() <= z[0] ? z[0] - f.end() : f.start() >= z[1] ? f.start() - z[1] : 0;
            if (distance <= z[2]) {
                return true;
            }
        }
        return false;
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
