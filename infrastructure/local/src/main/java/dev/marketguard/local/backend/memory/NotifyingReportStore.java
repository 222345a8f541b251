package dev.marketguard.local.backend.memory;

import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.report.FilingOutcome;
import dev.marketguard.core.report.Priority;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportFiling;
import dev.marketguard.core.report.ReportStore;
import dev.marketguard.core.report.Resolution;
import dev.marketguard.core.report.ResolveOutcome;
import java.util.Optional;

/** A report store whose newly stored reports flow to the change feed (template.yaml's Reports filter). */
final class NotifyingReportStore implements ReportStore {
    private final ReportStore store;
    private final ChangeFeed feed;

    NotifyingReportStore(ReportStore store, ChangeFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @Override
    public FilingOutcome file(ReportFiling filing) {
        FilingOutcome outcome = store.file(filing);
        if (outcome instanceof FilingOutcome.Stored stored) {
            Report r = stored.report();
            feed.append(new SupportEvent.ReportReceived(r.reportId(), r.reporterId(), r.target(), r.category(), r.detail(),
                    r.receivedAt(), r.priority() == Priority.HIGH, r.targetReportCount()));
        }
        return outcome;
    }

    @Override
    public Optional<Report> find(String reportId) {
        return store.find(reportId);
    }

    @Override
    public ResolveOutcome resolve(String reportId, Resolution resolution) {
        return store.resolve(reportId, resolution);
    }
}
