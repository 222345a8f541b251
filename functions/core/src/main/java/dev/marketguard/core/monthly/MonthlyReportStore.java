package dev.marketguard.core.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/** Port: where monthly reports are kept, one per JST month. */
public interface MonthlyReportStore {

    Optional<MonthlyReport> find(YearMonth month);

    /**
     * Creates or replaces the month's content (counts, generation time, notice), keeping what is
     * recorded about its publication: a re-run must not forget that the month was published.
     */
    void save(MonthlyReport report);

    /**
     * Records that the month was published with the counts of {@code digest}. Returns false, and
     * records nothing, when the stored counts are no longer those of {@code digest} (a newer run
     * replaced them in between; that run publishes its own).
     */
    boolean markPublished(YearMonth month, String digest, Instant publishedAt);
}
