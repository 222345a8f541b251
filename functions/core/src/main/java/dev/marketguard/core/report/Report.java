package dev.marketguard.core.report;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.subject.Subject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored violation report (違反申告).
 *
 * @param detail            the reporter's free text, or null when none was given
 * @param targetReportCount reports against the target on the JST day it was received, this one included
 * @param resolution        support's decision, or null while {@link ReportStatus#RECEIVED}
 */
public record Report(String reportId, String reporterId, Subject target, ReportCategory category, String detail,
                     Instant receivedAt, Priority priority, long targetReportCount, Resolution resolution) {
    /** The 違反申告 form's free-text limit. */
    public static final int MAX_DETAIL_LENGTH = 2000;

    public Report {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(priority, "priority");
        if (targetReportCount < 1) {
            throw new IllegalArgumentException("a stored report counts itself: targetReportCount >= 1");
        }
    }

    public ReportStatus status() {
        return resolution == null ? ReportStatus.RECEIVED : resolution.outcome().status();
    }

    public Optional<Resolution> resolutionIfAny() {
        return Optional.ofNullable(resolution);
    }

    public Report resolved(Resolution newResolution) {
        return new Report(reportId, reporterId, target, category, detail, receivedAt, priority, targetReportCount, newResolution);
    }
}
