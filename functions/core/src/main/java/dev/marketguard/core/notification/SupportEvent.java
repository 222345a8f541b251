package dev.marketguard.core.notification;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.core.subject.Subject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened elsewhere in marketguard that support may need to hear about. The
 * notifier reads these from the tables' streams; the local server builds them directly. Each
 * carries the facts as stored, unmasked: masking happens when a {@link Notification} is written.
 */
public sealed interface SupportEvent permits SupportEvent.ScreeningFlagged, SupportEvent.ReportReceived,
        SupportEvent.OffenderCountChanged, SupportEvent.MonthlyReportPublished {

    /** A new verdict of {@code block} or {@code review} on a posting or message. */
    record ScreeningFlagged(String screeningId, Subject subject, String authorId, Decision decision,
                            List<Violation> violations, List<Warning> warnings, Phase phase,
                            String rulesetVersion, Instant screenedAt) implements SupportEvent {
        public ScreeningFlagged {
            Objects.requireNonNull(screeningId, "screeningId");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(screenedAt, "screenedAt");
            violations = List.copyOf(violations);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A violation report (違反申告) as stored.
     *
     * @param highPriority      the intake marked it {@code priority=high}: the target was reported many times that day
     * @param targetReportCount reports against the target that JST day, this one included
     */
    record ReportReceived(String reportId, String reporterId, Subject target, ReportCategory category,
                          String detail, Instant receivedAt, boolean highPriority, long targetReportCount)
            implements SupportEvent {
        public ReportReceived {
            Objects.requireNonNull(reportId, "reportId");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /**
     * A user's count of established violations changed from {@code previousCount} to {@code count}.
     *
     * @param lastCategory the category of the violation that changed it (null when unknown)
     * @param lastSubject  what that violation was about (null when unknown)
     */
    record OffenderCountChanged(String offenderId, long previousCount, long count, ViolationCategory lastCategory,
                                Subject lastSubject, Instant updatedAt) implements SupportEvent {
        public OffenderCountChanged {
            Objects.requireNonNull(offenderId, "offenderId");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    /**
     * A monthly breakdown (違反内訳) as stored after a change of {@code publishedAt}.
     *
     * @param previousPublishedAt publishedAt before the change; null when it was not published before
     * @param counts              every category's count, in the breakdown's order
     */
    record MonthlyReportPublished(YearMonth month, long total, Map<ViolationCategory, Long> counts,
                                  Instant publishedAt, Instant previousPublishedAt) implements SupportEvent {
        public MonthlyReportPublished {
            Objects.requireNonNull(month, "month");
            counts = Map.copyOf(counts);
        }
    }
}
