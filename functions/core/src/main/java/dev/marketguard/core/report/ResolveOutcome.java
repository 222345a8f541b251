package dev.marketguard.core.report;

/** What a {@link ReportStore} did with a resolution. */
public sealed interface ResolveOutcome {

    /** The resolution is stored on the report. */
    record Resolved(Report report) implements ResolveOutcome {
    }

    /** Nothing changed: the report already carries a resolution (possibly a different one). */
    record AlreadyResolved(Report report) implements ResolveOutcome {
    }

    record NotFound() implements ResolveOutcome {
    }
}
