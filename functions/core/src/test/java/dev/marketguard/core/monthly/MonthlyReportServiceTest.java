package dev.marketguard.core.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.MULTI_LEVEL_MARKETING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static dev.marketguard.core.category.ViolationCategory.STEALTH_MARKETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryMonthlyReportStore;
import dev.marketguard.core.memory.InMemoryReportPublisher;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.monthly.MonthlyReportService.BuildResult;
import dev.marketguard.core.monthly.MonthlyReportService.Drift;
import dev.marketguard.core.monthly.MonthlyReportService.RecountResult;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.testing.MutableClock;
import dev.marketguard.core.violation.EstablishedViolation;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MonthlyReportServiceTest {
    private final InMemoryViolationLedger ledger = new InMemoryViolationLedger();
    private final InMemoryMonthlyReportStore store = new InMemoryMonthlyReportStore();
    private final InMemoryReportPublisher publisher = new InMemoryReportPublisher();
    private final List<MonthlyReport> metered = new ArrayList<>();
    /** 00:10 JST on 1 January 2019, when the schedule fires: still 31 December in UTC. */
    private final MutableClock clock = new MutableClock(OffsetDateTime.parse("2019-01-01T00:10:00+09:00").toInstant());
    private final MonthlyReportService service = new MonthlyReportService(ledger, store, publisher, metered::add, clock);
    private final AtomicInteger ids = new AtomicInteger();

    private void establish(ViolationCategory category, String jstTime) {
        int id = ids.incrementAndGet();
        ledger.establish(new EstablishedViolation(category, Subject.posting("p-" + id), "c-" + id, "screening", "s-" + id,
                OffsetDateTime.parse(jstTime).toInstant()));
    }

    @Test
    void theScheduledRunOnNewYearsDayReportsDecemberByTokyoTime() {
        establish(DIRECT_TRADING, "2018-12-01T00:00:00+09:00");
        establish(DIRECT_TRADING, "2018-12-31T23:59:59+09:00");
        establish(OTHER, "2019-01-01T00:00:00+09:00");          // January in Tokyo
        establish(STEALTH_MARKETING, "2018-11-30T23:59:59+09:00"); // November: the change column
        establish(MULTI_LEVEL_MARKETING, "2018-12-01T08:59:59+09:00"); // 2018-11-30T23:59:59Z: November in UTC, December in Tokyo

        BuildResult result = service.buildPreviousMonth();

        MonthlyReport report = result.report();
        assertThat(report.month()).isEqualTo(YearMonth.of(2018, 12));
        assertThat(report.breakdown().counts().values()).containsExactly(1L, 0L, 0L, 2L, 0L, 0L, 0L);
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.notice()).startsWith("違反内訳(2018年 12月)")
                .contains("ステルスマーケティング 0件(前月比 -1件)")
                .contains("直接取引 2件(前月比 +2件)");
        assertThat(report.generatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRunOneSecondBeforeMidnightStillReportsTheMonthBefore() {
        clock.set(OffsetDateTime.parse("2018-12-31T23:59:59+09:00").toInstant());
        assertThat(service.buildPreviousMonth().report().month()).isEqualTo(YearMonth.of(2018, 11));

        clock.set(OffsetDateTime.parse("2019-01-01T00:00:00+09:00").toInstant());
        assertThat(service.buildPreviousMonth().report().month()).isEqualTo(YearMonth.of(2018, 12));
    }

    @Test
    void storesTheReportAndPublishesItOnce() {
        establish(DIRECT_TRADING, "2018-12-10T12:00:00+09:00");

        BuildResult first = service.build(YearMonth.of(2018, 12));
        clock.advance(Duration.ofHours(1));
        BuildResult second = service.build(YearMonth.of(2018, 12));

        assertThat(first.published()).isTrue();
        assertThat(second.published()).isFalse();
        assertThat(publisher.published()).hasSize(1);
        assertThat(publisher.published().get(0).breakdown().count(DIRECT_TRADING)).isEqualTo(1);
        MonthlyReport stored = store.find(YearMonth.of(2018, 12)).orElseThrow();
        assertThat(stored.generatedAt()).isEqualTo(clock.instant());   // the re-run updated it
        assertThat(stored.publishedAt()).isEqualTo(first.report().publishedAt());
        assertThat(stored.publishedDigest()).isEqualTo(stored.countsDigest());
        assertThat(metered).hasSize(2);
    }

    @Test
    void publishesAgainWhenTheCountsChanged() {
        establish(DIRECT_TRADING, "2018-12-10T12:00:00+09:00");
        service.build(YearMonth.of(2018, 12));
        ledger.setMonthlyCount(YearMonth.of(2018, 12), OTHER, 3);

        BuildResult rerun = service.build(YearMonth.of(2018, 12));

        assertThat(rerun.published()).isTrue();
        assertThat(publisher.published()).extracting(MonthlyReport::total).containsExactly(1L, 4L);
        assertThat(store.find(YearMonth.of(2018, 12)).orElseThrow().isPublishedAsIs()).isTrue();
    }

    @Test
    void aFailedPublicationIsNotRecordedSoTheRetryPublishes() {
        MonthlyReportService failing = new MonthlyReportService(ledger, store,
                report -> { throw new IllegalStateException("topic unavailable"); }, ReportMetrics.NONE, clock);
        assertThatThrownBy(() -> failing.build(YearMonth.of(2018, 12))).hasMessage("topic unavailable");
        assertThat(store.find(YearMonth.of(2018, 12)).orElseThrow().publishedAt()).isNull();

        assertThat(service.build(YearMonth.of(2018, 12)).published()).isTrue();
        assertThat(publisher.published()).hasSize(1);
    }

    @Test
    void theMonthInProgressIsStoredAsAPreviewButNotPublished() {
        establish(OTHER, "2019-01-01T00:05:00+09:00");

        BuildResult preview = service.build(YearMonth.of(2019, 1));

        assertThat(preview.published()).isFalse();
        assertThat(preview.report().total()).isEqualTo(1);
        assertThat(preview.report().notice()).contains("集計中");
        assertThat(store.find(YearMonth.of(2019, 1))).isPresent();
        assertThat(publisher.published()).isEmpty();
        assertThat(metered).isEmpty();
    }

    @Test
    void aMonthThatHasNotBegunIsRejected() {
        assertThatThrownBy(() -> service.build(YearMonth.of(2019, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019-02 has not begun");
        assertThat(store.find(YearMonth.of(2019, 2))).isEmpty();
    }

    @Test
    void recountRepairsDriftedCountersAndReportsTheDrift() {
        establish(DIRECT_TRADING, "2018-12-03T10:00:00+09:00");
        establish(DIRECT_TRADING, "2018-12-04T10:00:00+09:00");
        establish(OTHER, "2018-12-05T10:00:00+09:00");
        YearMonth december = YearMonth.of(2018, 12);
        ledger.setMonthlyCount(december, DIRECT_TRADING, 7);   // drifted up
        ledger.setMonthlyCount(december, OTHER, 0);            // drifted down

        RecountResult recount = service.recount(december);

        assertThat(recount.drift()).containsOnly(
                org.assertj.core.api.Assertions.entry(DIRECT_TRADING, new Drift(7, 2)),
                org.assertj.core.api.Assertions.entry(OTHER, new Drift(0, 1)));
        assertThat(recount.repaired()).isTrue();
        assertThat(ledger.monthlyCounts(december)).containsEntry(DIRECT_TRADING, 2L).containsEntry(OTHER, 1L);
        assertThat(recount.build().report().total()).isEqualTo(3);
        assertThat(publisher.published()).extracting(MonthlyReport::total).containsExactly(3L);

        assertThat(service.recount(december).drift()).isEmpty();
    }

    @Test
    void recountRefusesTheMonthStillBeingCounted() {
        assertThatThrownBy(() -> service.recount(YearMonth.of(2019, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after it ends");
    }

    @Test
    void findsOnlyBuiltMonths() {
        service.build(YearMonth.of(2018, 12));

        assertThat(service.find(YearMonth.of(2018, 12))).isPresent();
        assertThat(service.find(YearMonth.of(2018, 11))).isEmpty();
    }
}
