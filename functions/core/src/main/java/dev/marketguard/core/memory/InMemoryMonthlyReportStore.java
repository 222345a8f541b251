package dev.marketguard.core.memory;

import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.MonthlyReportStore;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Monthly reports in memory, for unit tests and the local server. */
public class InMemoryMonthlyReportStore implements MonthlyReportStore {
    private final Map<YearMonth, MonthlyReport> reports = new HashMap<>();

    @Override
    public synchronized Optional<MonthlyReport> find(YearMonth month) {
        return Optional.ofNullable(reports.get(month));
    }

    @Override
    public synchronized void save(MonthlyReport report) {
        MonthlyReport stored = reports.get(report.month());
        MonthlyReport saved = MonthlyReport.unpublished(report.month(), report.breakdown(), report.generatedAt(), report.notice());
        if (stored != null && stored.publishedAt() != null) {
            saved = saved.withPublication(stored.publishedAt(), stored.publishedDigest());
        }
        reports.put(report.month(), saved);
    }

    @Override
    public synchronized boolean markPublished(YearMonth month, String digest, Instant publishedAt) {
        MonthlyReport stored = reports.get(month);
        if (stored == null || !stored.countsDigest().equals(digest)) {
            return false;
        }
        reports.put(month, stored.withPublication(publishedAt, digest));
        return true;
    }
}
