package dev.marketguard.screening.detect;

import dev.marketguard.core.screening.Submission;
import dev.marketguard.screening.analysis.AnalyzedField;
import java.util.List;

/** A submission with each of its text fields analysed once. */
public record AnalyzedSubject(Submission submission, List<AnalyzedField> fields) {

    public boolean isPosting() {
        return submission instanceof Submission.Posting;
    }

    public boolean isMessage() {
        return submission instanceof Submission.Message;
    }
}
