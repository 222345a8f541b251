package dev.marketguard.core.screening;

/** Port: the screening engine. Implementations are thread-safe and keep no per-call state. */
public interface Screener {
    Assessment screen(Submission submission);
}
