package dev.marketguard.screening.detect;

/** A recognizer of one kind of finding. Implementations are stateless and thread-safe. */
public interface Detector {
    void detect(AnalyzedSubject subject, FindingSink sink);
}
