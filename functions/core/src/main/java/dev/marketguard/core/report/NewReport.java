package dev.marketguard.core.report;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.subject.Subject;
import java.time.Instant;
import java.util.Objects;

/** A report about to be stored: everything but what the store counts (the target's tally). */
public record NewReport(String reportId, String reporterId, Subject target, ReportCategory category, String detail,
                        Instant receivedAt) {
    public NewReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The report as stored, once the store knows how many reports the target has had today. */
    public Report stored(long targetReportCount, Priority priority) {
        return new Report(reportId, reporterId, target, category, detail, receivedAt, priority, targetReportCount, null);
    }

    /** Same reporter, target and category: a repeat of this report. */
    public boolean sameComplaintAs(Report other) {
        return reporterId.equals(other.reporterId()) && target.equals(other.target()) && category == other.category();
    }
}
