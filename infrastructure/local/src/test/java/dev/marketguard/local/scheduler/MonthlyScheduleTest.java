package dev.marketguard.local.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** template.yaml: cron(10 0 1 * ? *) in Asia/Tokyo. */
class MonthlyScheduleTest {
    private static Instant jst(String local) {
        return OffsetDateTime.parse(local + "+09:00").toInstant();
    }

    @Test
    void nextRunIsTenPastMidnightTokyoTimeOnTheFirst() {
        assertThat(MonthlySchedule.nextRun(jst("2026-11-28T19:00:00"))).isEqualTo(jst("2026-12-01T00:10:00"));
    }

    @Test
    void aRunDueLaterTodayIsToday() {
        assertThat(MonthlySchedule.nextRun(jst("2026-12-01T00:09:59"))).isEqualTo(jst("2026-12-01T00:10:00"));
    }

    @Test
    void atOrAfterTheRunTheNextIsAMonthLater() {
        assertThat(MonthlySchedule.nextRun(jst("2026-12-01T00:10:00"))).isEqualTo(jst("2027-01-01T00:10:00"));
        assertThat(MonthlySchedule.nextRun(jst("2026-12-01T00:10:01"))).isEqualTo(jst("2027-01-01T00:10:00"));
    }

    @Test
    void tokyoTimeDecidesNotUtc() {
        // 2026-11-30T15:30Z is already 00:30 on 1 December in Tokyo: December's run has passed
        assertThat(MonthlySchedule.nextRun(Instant.parse("2026-11-30T15:30:00Z"))).isEqualTo(jst("2027-01-01T00:10:00"));
        // 2026-11-30T15:05Z is 00:05 on 1 December in Tokyo: the run is five minutes away
        assertThat(MonthlySchedule.nextRun(Instant.parse("2026-11-30T15:05:00Z"))).isEqualTo(jst("2026-12-01T00:10:00"));
    }
}
