package dev.marketguard.core.report;

import java.time.Duration;

/** The answer to a reporter's submission. */
public sealed interface FilingResult {

    /** The report is stored: now ({@code duplicate=false}) or by an earlier identical request. */
    record Accepted(Report report, boolean duplicate) implements FilingResult {
    }

    /** The reporter's daily limit is used up; it starts afresh after {@code retryAfter} (next JST midnight). */
    record RateLimited(int dailyLimit, Duration retryAfter) implements FilingResult {
    }

    /** The Idempotency-Key belongs to a different report; nothing was stored. */
    record KeyReused(String reportId) implements FilingResult {
    }
}
