package dev.marketguard.core.report;

/** The answer to support's resolution. */
public sealed interface ResolutionResult {

    /** The report carries this decision: set now ({@code changed=true}) or by an identical earlier call. */
    record Resolved(Report report, boolean changed) implements ResolutionResult {
    }

    /** The report was already resolved differently; nothing changed. */
    record Conflict(Report report) implements ResolutionResult {
    }

    record NotFound() implements ResolutionResult {
    }
}
