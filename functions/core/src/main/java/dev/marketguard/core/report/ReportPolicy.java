package dev.marketguard.core.report;

import java.time.Duration;

/**
 * The abuse and triage limits of report intake.
 *
 * @param dailyLimit            reports one reporter may file per JST day (REPORT_DAILY_LIMIT)
 * @param highPriorityThreshold reports against one target within a JST day from which support sees it as high priority
 * @param dedupeWindow          how long a repeat of the same (reporter, target, category) is answered with the first report
 * @param idempotencyWindow     how long an Idempotency-Key is remembered
 */
public record ReportPolicy(int dailyLimit, int highPriorityThreshold, Duration dedupeWindow, Duration idempotencyWindow) {
    public static final int DEFAULT_DAILY_LIMIT = 30;
    /** Three independent reporters in a day is rarely chance: the committee's own triage rule of thumb. */
    public static final int DEFAULT_HIGH_PRIORITY_THRESHOLD = 3;
    /**
     * 30 days: a posting's whole open period and support's handling time. A repeat within it is the
     * same complaint; after it, a new report about the same target is a new signal.
     */
    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofDays(30);
    /** 24 hours: far longer than any client's retry loop. */
    public static final Duration DEFAULT_IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    public ReportPolicy {
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("dailyLimit must be at least 1, not " + dailyLimit);
        }
        if (highPriorityThreshold < 1) {
            throw new IllegalArgumentException("highPriorityThreshold must be at least 1, not " + highPriorityThreshold);
        }
        if (dedupeWindow.isNegative() || dedupeWindow.isZero() || idempotencyWindow.isNegative() || idempotencyWindow.isZero()) {
            throw new IllegalArgumentException("windows must be positive");
        }
    }

    public static ReportPolicy withDailyLimit(int dailyLimit) {
        return new ReportPolicy(dailyLimit, DEFAULT_HIGH_PRIORITY_THRESHOLD, DEFAULT_DEDUPE_WINDOW, DEFAULT_IDEMPOTENCY_WINDOW);
    }

    public static ReportPolicy defaults() {
        return withDailyLimit(DEFAULT_DAILY_LIMIT);
    }

    /** The priority of a report that brings the target's tally for the day to {@code targetReportCount}. */
    public Priority priorityFor(long targetReportCount) {
        return targetReportCount >= highPriorityThreshold ? Priority.HIGH : Priority.NORMAL;
    }
}
