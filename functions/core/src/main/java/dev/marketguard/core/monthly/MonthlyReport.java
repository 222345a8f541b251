package dev.marketguard.core.monthly;

import dev.marketguard.core.calendar.JstCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A month's breakdown as stored (MonthlyReportsTable) and served (GET /monthly-reports/{month}).
 *
 * @param publishedAt     when this month was last published to the monthly-report topic; null if never
 * @param publishedDigest the {@link Breakdown#digest()} that publication carried; null if never
 */
public record MonthlyReport(YearMonth month, Breakdown breakdown, Instant generatedAt, String notice,
                            Instant publishedAt, String publishedDigest) {
    /** Months are JST months; the report says so explicitly. */
    public static final String TIME_ZONE = JstCalendar.TOKYO.getId();

    public MonthlyReport {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(notice, "notice");
        if ((publishedAt == null) != (publishedDigest == null)) {
            throw new IllegalArgumentException("publishedAt and publishedDigest go together");
        }
    }

    /** A freshly built report, not yet published. */
    public static MonthlyReport unpublished(YearMonth month, Breakdown breakdown, Instant generatedAt, String notice) {
        return new MonthlyReport(month, breakdown, generatedAt, notice, null, null);
    }

    public long total() {
        return breakdown.total();
    }

    public String countsDigest() {
        return breakdown.digest();
    }

    /** The generation time in Tokyo time, whole seconds ("2019-01-01T00:10:00+09:00"), as the API shows it. */
    public OffsetDateTime generatedAtInTokyo() {
        return JstCalendar.inTokyo(generatedAt.truncatedTo(ChronoUnit.SECONDS)).toOffsetDateTime();
    }

    /** True when the counts as they are now have been published. */
    public boolean isPublishedAsIs() {
        return countsDigest().equals(publishedDigest);
    }

    public MonthlyReport withPublication(Instant at, String digest) {
        return new MonthlyReport(month, breakdown, generatedAt, notice, at, digest);
    }
}
