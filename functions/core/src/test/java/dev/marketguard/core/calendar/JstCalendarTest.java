package dev.marketguard.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JstCalendarTest {
    @Test
    void monthBoundariesAreTokyoMidnight() {
        assertThat(JstCalendar.monthOf(Instant.parse("2018-12-31T14:59:59Z"))).isEqualTo(YearMonth.of(2018, 12));
        assertThat(JstCalendar.monthOf(Instant.parse("2018-12-31T15:00:00Z"))).isEqualTo(YearMonth.of(2019, 1));
        assertThat(JstCalendar.startOf(YearMonth.of(2019, 1))).isEqualTo(Instant.parse("2018-12-31T15:00:00Z"));
    }

    @Test
    void previousMonthCrossesTheYearEnd() {
        // 00:10 JST on 1 January 2019, when the schedule fires.
        assertThat(JstCalendar.previousMonth(Instant.parse("2018-12-31T15:10:00Z"))).isEqualTo(YearMonth.of(2018, 12));
    }

    @Test
    void parsesStrictMonths() {
        assertThat(JstCalendar.parseMonth("2018-12")).contains(YearMonth.of(2018, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-13", "2018-00", "2018-1", "18-12", "2018/12", "2018-12-01", " 2018-12", ""})
    void rejectsMalformedMonths(String text) {
        assertThat(JstCalendar.parseMonth(text)).isEmpty();
    }
}
