package dev.marketguard.core.report;

import dev.marketguard.core.calendar.JstCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link ReportStore} must do atomically for one new report: store it unless its
 * idempotency key or its (reporter, target, category) was seen within the policy's windows, count
 * it against the reporter's JST-day quota (refusing past the limit) and add it to the target's
 * JST-day tally, from which the report's priority follows.
 *
 * @param idempotencyKey the caller's key, or null
 */
public record ReportFiling(NewReport report, String idempotencyKey, ReportPolicy policy) {
    public ReportFiling {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(policy, "policy");
    }

    /** The JST day the quota and the target tally count in. */
    public LocalDate day() {
        return JstCalendar.inTokyo(report.receivedAt()).toLocalDate();
    }

    /** When the reporter's quota starts afresh: the next JST midnight. */
    public Instant nextDayStartsAt() {
        return day().plusDays(1).atStartOfDay(JstCalendar.TOKYO).toInstant();
    }

    public Instant dedupeExpiresAt() {
        return report.receivedAt().plus(policy.dedupeWindow());
    }

    public Instant idempotencyExpiresAt() {
        return report.receivedAt().plus(policy.idempotencyWindow());
    }

    /** Day counters are dead once their day is over; a day's grace keeps them readable for support's triage. */
    public Instant countersExpireAt() {
        return nextDayStartsAt().plus(java.time.Duration.ofDays(1));
    }
}
