package dev.marketguard.local.backend.memory;

import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.MonthlyReportStore;
import dev.marketguard.core.notification.SupportEvent;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/** A monthly-report store whose publications flow to the change feed (template.yaml's MonthlyReports filter). */
final class NotifyingMonthlyReportStore implements MonthlyReportStore {
    private final MonthlyReportStore store;
    private final ChangeFeed feed;

    NotifyingMonthlyReportStore(MonthlyReportStore store, ChangeFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @Override
    public Optional<MonthlyReport> find(YearMonth month) {
        return store.find(month);
    }

    @Override
    public void save(MonthlyReport report) {
        store.save(report);
    }

    @Override
    public synchronized boolean markPublished(YearMonth month, String digest, Instant publishedAt) {
        Instant previous = store.find(month).map(MonthlyReport::publishedAt).orElse(null);
        boolean marked = store.markPublished(month, digest, publishedAt);
        if (marked) {
            MonthlyReport report = store.find(month).orElseThrow();
            feed.append(new SupportEvent.MonthlyReportPublished(month, report.total(), report.breakdown().counts(),
                    publishedAt, previous));
        }
        return marked;
    }
}
