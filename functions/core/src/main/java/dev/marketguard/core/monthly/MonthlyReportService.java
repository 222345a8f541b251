package dev.marketguard.core.monthly;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.ViolationLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly violation breakdown (違反内訳): builds a JST month's report from the ledger's
 * per-month counters, stores it, and publishes it once per month (again only when the counts
 * changed). Safe to re-run: every run leaves the same stored report for the same counts.
 *
 * <p>A run reads two sets of counters (the month and the month before, for the change column):
 * its cost does not depend on the number of violations. {@link #recount} is the exception that
 * reads every violation of the month, to repair counters that drifted.
 */
public class MonthlyReportService {
    private final ViolationLedger ledger;
    private final MonthlyReportStore store;
    private final ReportPublisher publisher;
    private final ReportMetrics metrics;
    private final NoticeWriter noticeWriter = new NoticeWriter();
    private final Clock clock;

    public MonthlyReportService(ViolationLedger ledger, MonthlyReportStore store, ReportPublisher publisher,
                                ReportMetrics metrics, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.store = Objects.requireNonNull(store, "store");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a run did. {@code published} is false when the counts were already published, or the month is not over. */
    public record BuildResult(MonthlyReport report, boolean published, String reason) {
    }

    /** What a recount found: per category, the counter before and the violations actually stored. */
    public record RecountResult(YearMonth month, Map<ViolationCategory, Drift> drift, BuildResult build) {
        public boolean repaired() {
            return !drift.isEmpty();
        }
    }

    public record Drift(long counter, long actual) {
    }

    /** The scheduled run: the JST month before the current one. */
    public BuildResult buildPreviousMonth() {
        return build(JstCalendar.previousMonth(clock.instant()));
    }

    /**
     * Builds, stores and (if not yet published with these counts) publishes {@code month}.
     * The month still in progress is built and stored as a preview but not published: its
     * counts are not final. Months that have not begun are rejected.
     */
    public BuildResult build(YearMonth month) {
        Instant now = clock.instant();
        YearMonth current = JstCalendar.monthOf(now);
        requireStarted(month, current);

        Breakdown counts = Breakdown.of(ledger.monthlyCounts(month));
        Breakdown previous = Breakdown.of(ledger.monthlyCounts(month.minusMonths(1)));
        String notice = noticeWriter.write(month, counts, previous, !month.isBefore(current));

        Optional<MonthlyReport> stored = store.find(month);
        MonthlyReport report = MonthlyReport.unpublished(month, counts, now, notice);
        if (stored.isPresent() && stored.get().publishedAt() != null) {
            report = report.withPublication(stored.get().publishedAt(), stored.get().publishedDigest());
        }
        store.save(report);

        if (!month.isBefore(current)) {
            return new BuildResult(report, false, "the month is still in progress; it is published after it ends");
        }
        // Only final counts reach monitoring: a preview's would be overtaken within the month.
        metrics.built(report);
        if (report.isPublishedAsIs()) {
            return new BuildResult(report, false, "already published with these counts");
        }
        // Publish first, then record it: if recording fails the next run publishes again
        // (at least once), rather than a publication being recorded that never happened.
        publisher.publish(report);
        Instant publishedAt = clock.instant();
        if (!store.markPublished(month, report.countsDigest(), publishedAt)) {
            return new BuildResult(report, true, "published; a newer run replaced the counts meanwhile and publishes its own");
        }
        return new BuildResult(report.withPublication(publishedAt, report.countsDigest()), true, "published");
    }

    /**
     * Recounts {@code month} from the stored violations, overwrites the counters that drifted,
     * then builds the month as usual. Only for months that are over: while a month is in progress
     * new violations are counted into it, and overwriting its counters could lose one.
     */
    public RecountResult recount(YearMonth month) {
        YearMonth current = JstCalendar.monthOf(clock.instant());
        requireStarted(month, current);
        if (!month.isBefore(current)) {
            throw new IllegalArgumentException("recount " + JstCalendar.format(month)
                    + " after it ends: its counters are still being written");
        }
        Map<ViolationCategory, Long> actual = new EnumMap<>(ViolationCategory.class);
        for (EstablishedViolation violation : ledger.violationsIn(month)) {
            actual.merge(violation.category(), 1L, Long::sum);
        }
        Breakdown counted = Breakdown.of(actual);
        Map<ViolationCategory, Long> counters = ledger.monthlyCounts(month);
        Map<ViolationCategory, Drift> drift = new EnumMap<>(ViolationCategory.class);
        for (ViolationCategory category : ViolationCategory.values()) {
            long counter = counters.getOrDefault(category, 0L);
            if (counter != counted.count(category)) {
                drift.put(category, new Drift(counter, counted.count(category)));
                ledger.setMonthlyCount(month, category, counted.count(category));
            }
        }
        return new RecountResult(month, Collections.unmodifiableMap(drift), build(month));
    }

    /** The stored report of {@code month}, if it was ever built. */
    public Optional<MonthlyReport> find(YearMonth month) {
        return store.find(month);
    }

    private static void requireStarted(YearMonth month, YearMonth current) {
        if (month.isAfter(current)) {
            throw new IllegalArgumentException(JstCalendar.format(month) + " has not begun (it is "
                    + JstCalendar.format(current) + " in Tokyo)");
        }
    }
}
