package dev.marketguard.screening.evaluation;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Submission;
import java.util.List;
import java.util.Set;

/** One labelled corpus line: the subject, its true categories (empty = clean) and free tags. */
public record CorpusItem(String id, String file, Submission submission, Set<ViolationCategory> labels,
                         List<String> tags) {

    public boolean isClean() {
        return labels.isEmpty();
    }
}
