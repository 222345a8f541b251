package dev.marketguard.core.violation;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A violation the committee counts: a blocked screening, a review staff confirmed, or a report
 * support confirmed. It counts once per (JST month, category, subject).
 *
 * @param offenderId the user held responsible, or null when unknown (then no repeat-offence count)
 * @param source     "screening" or "report": what established it
 * @param sourceId   the screeningId or reportId
 */
public record EstablishedViolation(ViolationCategory category, Subject subject, String offenderId,
                                   String source, String sourceId, Instant establishedAt) {
    public EstablishedViolation {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(establishedAt, "establishedAt");
    }

    public YearMonth month() {
        return JstCalendar.monthOf(establishedAt);
    }
}
