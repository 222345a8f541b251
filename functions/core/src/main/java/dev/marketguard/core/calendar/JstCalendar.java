package dev.marketguard.core.calendar;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The committee counts by Japan Standard Time months, whatever zone a server runs in. */
public final class JstCalendar {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private JstCalendar() {
    }

    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(TOKYO));
    }

    /** The month a scheduled run at {@code now} reports on: the JST month before now's. */
    public static YearMonth previousMonth(Instant now) {
        return monthOf(now).minusMonths(1);
    }

    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(TOKYO).toInstant();
    }

    public static ZonedDateTime inTokyo(Instant instant) {
        return instant.atZone(TOKYO);
    }

    /** "2018-12". */
    public static String format(YearMonth month) {
        return MONTH.format(month);
    }

    /** Strict "yyyy-MM" (four-digit year, two-digit month 01–12); empty for anything else. */
    public static Optional<YearMonth> parseMonth(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text, MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
