package dev.marketguard.core.report;

/** What a {@link ReportStore} did with a {@link ReportFiling}. */
public sealed interface FilingOutcome {

    /** Stored, with the target's tally and the priority it gave. */
    record Stored(Report report) implements FilingOutcome {
    }

    /** Nothing stored: the idempotency key or the same complaint was already stored as {@code original}. */
    record Duplicate(Report original) implements FilingOutcome {
    }

    /** Nothing stored: the reporter has used the day's quota. */
    record QuotaExceeded() implements FilingOutcome {
    }
}
