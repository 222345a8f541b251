package dev.marketguard.core.memory;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.report.FilingOutcome;
import dev.marketguard.core.report.NewReport;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportFiling;
import dev.marketguard.core.report.ReportStore;
import dev.marketguard.core.report.Resolution;
import dev.marketguard.core.report.ResolveOutcome;
import dev.marketguard.core.subject.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports in memory, for unit tests and the local server. One lock gives the atomicity the
 * DynamoDB store gets from its transaction; guards expire by the filing's clock, as the DynamoDB
 * conditions treat an expired (not yet swept) guard as absent.
 */
public class InMemoryReportStore implements ReportStore {
    private record Complaint(String reporterId, Subject target, ReportCategory category) {
    }

    private record Guard(String reportId, Instant expiresAt) {
        boolean liveAt(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    private record ReporterDay(String reporterId, LocalDate day) {
    }

    private record TargetDay(Subject target, LocalDate day) {
    }

    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final Map<String, Guard> idempotencyGuards = new HashMap<>();
    private final Map<Complaint, Guard> dedupeGuards = new HashMap<>();
    private final Map<ReporterDay, Long> quotas = new HashMap<>();
    private final Map<TargetDay, Long> tallies = new HashMap<>();

    @Override
    public synchronized FilingOutcome file(ReportFiling filing) {
        NewReport report = filing.report();
        Instant now = report.receivedAt();
        if (filing.idempotencyKey() != null) {
            Guard guard = idempotencyGuards.get(filing.idempotencyKey());
            if (guard != null && guard.liveAt(now)) {
                return new FilingOutcome.Duplicate(reports.get(guard.reportId()));
            }
        }
        Complaint complaint = new Complaint(report.reporterId(), report.target(), report.category());
        Guard dedupe = dedupeGuards.get(complaint);
        if (dedupe != null && dedupe.liveAt(now)) {
            return new FilingOutcome.Duplicate(reports.get(dedupe.reportId()));
        }
        ReporterDay reporterDay = new ReporterDay(report.reporterId(), filing.day());
        if (quotas.getOrDefault(reporterDay, 0L) >= filing.policy().dailyLimit()) {
            return new FilingOutcome.QuotaExceeded();
        }

        TargetDay targetDay = new TargetDay(report.target(), filing.day());
        long count = tallies.getOrDefault(targetDay, 0L) + 1;
        Report stored = report.stored(count, filing.policy().priorityFor(count));
        reports.put(stored.reportId(), stored);
        dedupeGuards.put(complaint, new Guard(stored.reportId(), filing.dedupeExpiresAt()));
        if (filing.idempotencyKey() != null) {
            idempotencyGuards.put(filing.idempotencyKey(), new Guard(stored.reportId(), filing.idempotencyExpiresAt()));
        }
        quotas.merge(reporterDay, 1L, Long::sum);
        tallies.put(targetDay, count);
        return new FilingOutcome.Stored(stored);
    }

    @Override
    public synchronized Optional<Report> find(String reportId) {
        return Optional.ofNullable(reports.get(reportId));
    }

    @Override
    public synchronized ResolveOutcome resolve(String reportId, Resolution resolution) {
        Report report = reports.get(reportId);
        if (report == null) {
            return new ResolveOutcome.NotFound();
        }
        if (report.resolution() != null) {
            return new ResolveOutcome.AlreadyResolved(report);
        }
        Report resolved = report.resolved(resolution);
        reports.put(reportId, resolved);
        return new ResolveOutcome.Resolved(resolved);
    }

    /** Every stored report, in filing order. */
    public synchronized List<Report> reports() {
        return new ArrayList<>(reports.values());
    }

    /** Everything held: reports, guards and counters (a rejected request must leave this unchanged). */
    public synchronized int itemCount() {
        return reports.size() + idempotencyGuards.size() + dedupeGuards.size() + quotas.size() + tallies.size();
    }
}
