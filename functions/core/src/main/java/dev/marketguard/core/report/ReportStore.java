package dev.marketguard.core.report;

import java.util.Optional;

/** Port: where reports, their duplicate guards and their day counters live. */
public interface ReportStore {

    /**
     * Atomically: store the report, its duplicate guard, its idempotency guard (when a key is
     * given), the reporter's quota and the target's tally; or store nothing and say why.
     * A duplicate wins over an exhausted quota, so a retry is never refused as over the limit.
     */
    FilingOutcome file(ReportFiling filing);

    Optional<Report> find(String reportId);

    /** Stores the resolution if the report is still {@link ReportStatus#RECEIVED}; never overwrites one. */
    ResolveOutcome resolve(String reportId, Resolution resolution);
}
