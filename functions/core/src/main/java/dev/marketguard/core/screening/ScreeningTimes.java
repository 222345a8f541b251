package dev.marketguard.core.screening;

import dev.marketguard.core.calendar.JstCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Screening times as fixed-width ISO-8601 in Tokyo time with milliseconds
 * ("2026-11-28T19:00:00.000+09:00"). Fixed width and one offset make the strings sort in time
 * order, which the review queue's index relies on; {@code Instant.toString()} drops zero
 * fractions and would not.
 */
public final class ScreeningTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private ScreeningTimes() {
    }

    /** The precision kept: what is stored reads back equal. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(JstCalendar.TOKYO));
    }

    public static Instant parse(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    public static Optional<Instant> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
