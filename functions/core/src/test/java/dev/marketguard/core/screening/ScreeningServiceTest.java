package dev.marketguard.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryScreeningStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.validation.InvalidInputException;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreeningServiceTest {
    /** 2026-11-30T23:59:59.9995 JST: the next call of the clock is in December. */
    private static final Instant LAST_MOMENT_OF_NOVEMBER_JST = Instant.parse("2026-11-30T14:59:59.999Z");

    private final FakeScreener screener = new FakeScreener();
    private final InMemoryScreeningStore store = new InMemoryScreeningStore();
    private final FlakyLedger ledger = new FlakyLedger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00.123456Z"));
    private final AtomicInteger ids = new AtomicInteger();
    private ScreeningService service;

    @BeforeEach
    void setUp() {
        service = new ScreeningService(screener, store, ledger, clock, () -> "s-" + ids.incrementAndGet());
    }

    @Test
    void anAllowedPostingIsStoredAndCountsNothing() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-1", "c-1", "ロゴを作ってください"));

        assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
        assertThat(verdict.reviewStatus()).isEqualTo(ReviewStatus.NONE);
        assertThat(verdict.screenedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00.123Z"));
        assertThat(store.find(verdict.screeningId())).contains(verdict);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)).values()).containsOnly(0L);
    }

    @Test
    void aBlockIsStoredAndEstablishedAgainstTheAuthor() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-2", "c-2", "連絡は " + FakeScreener.PHONE + " まで"));

        assertThat(verdict.decision()).isEqualTo(Decision.BLOCK);
        assertThat(store.find(verdict.screeningId())).contains(verdict);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 11))).containsExactly(new EstablishedViolation(
                ViolationCategory.DIRECT_TRADING, Subject.posting("p-2"), "c-2", "screening", verdict.screeningId(), verdict.screenedAt()));
        assertThat(ledger.offenderTotal("c-2")).isEqualTo(1);
    }

    @Test
    void rescreeningTheSamePostingInTheSameMonthCountsOnce() {
        Screening first = service.screen(ScreeningFixtures.posting("p-3", "c-3", FakeScreener.PHONE));
        clock.advanceSeconds(3600);
        Screening second = service.screen(ScreeningFixtures.posting("p-3", "c-3", "edited: " + FakeScreener.PHONE));

        assertThat(second.screeningId()).isNotEqualTo(first.screeningId());
        assertThat(store.find(first.screeningId())).isPresent();
        assertThat(store.find(second.screeningId())).isPresent();
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
        assertThat(ledger.offenderTotal("c-3")).isEqualTo(1);
    }

    @Test
    void aBlockWithSeveralCategoriesEstablishesEach() {
        service.screen(ScreeningFixtures.posting("p-4", "c-4", FakeScreener.PHONE + " 報酬は歩合"));

        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)))
                .containsEntry(ViolationCategory.DIRECT_TRADING, 1L)
                .containsEntry(ViolationCategory.UNCERTAIN_REWARD, 1L);
        assertThat(ledger.offenderTotal("c-4")).isEqualTo(2);
    }

    @Test
    void whenTheLedgerFailsNoVerdictIsStored() {
        ledger.failNext.set(true);

        assertThatThrownBy(() -> service.screen(ScreeningFixtures.posting("p-5", "c-5", FakeScreener.PHONE)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.pendingReviews(10, null).items()).isEmpty();
        assertThat(store.find("s-1")).isEmpty();
    }

    @Test
    void contactExchangeAfterEscrowInProjectModeIsAllowedButNotBeforeTheContract() {
        String text = "こちらに連絡ください " + FakeScreener.PHONE;
        Screening after = service.screen(ScreeningFixtures.message("m-1", text, Phase.AFTER_ESCROW, WorkStyle.PROJECT));
        Screening before = service.screen(ScreeningFixtures.message("m-2", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT));

        assertThat(after.decision()).isEqualTo(Decision.ALLOW);
        assertThat(after.phase()).isEqualTo(Phase.AFTER_ESCROW);
        assertThat(before.decision()).isEqualTo(Decision.BLOCK);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 11))).extracting(EstablishedViolation::subject)
                .containsExactly(Subject.message("m-2"));
        assertThat(ledger.offenderTotal("u-1")).isEqualTo(1);
    }

    @Test
    void aReviewVerdictWaitsInTheQueueAndCountsNothingYet() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-6", "c-6", "報酬は歩合制です"));

        assertThat(verdict.decision()).isEqualTo(Decision.REVIEW);
        assertThat(verdict.reviewStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(service.reviewQueue(10, null).items()).containsExactly(verdict);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)).values()).containsOnly(0L);
    }

    @Test
    void theQueueIsPagedWithOpaqueCursors() {
        List<String> screened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            screened.add(service.screen(ScreeningFixtures.posting("p-q" + i, "c-q", "歩合 " + i)).screeningId());
            clock.advanceSeconds(1);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            ReviewQueuePage page = service.reviewQueue(2, cursor);
            page.items().forEach(s -> seen.add(s.screeningId()));
            cursor = page.next();
            if (cursor != null) {
                assertThat(cursor).doesNotContain("#").matches("[A-Za-z0-9_-]+");
            }
        } while (cursor != null);
        assertThat(seen).isEqualTo(screened);
    }

    @Test
    void badPagingInputIsAFieldError() {
        assertThatThrownBy(() -> service.reviewQueue(0, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).extracting("field").containsExactly("limit"));
        assertThatThrownBy(() -> service.reviewQueue(101, null)).isInstanceOf(InvalidInputException.class);
        for (String cursor : List.of("not base64!", ScreeningService.encodeCursor("no-hash"), ScreeningService.encodeCursor("yesterday#s-1"))) {
            assertThatThrownBy(() -> service.reviewQueue(10, cursor)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fields()).extracting("field").containsExactly("cursor"));
        }
    }

    @Test
    void aConfirmedReviewEstablishesTheVerdictsCategoriesWhenReviewedAndLeavesTheQueue() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-7", "c-7", "歩合、サンプル無償でお願いします"));
        clock.set(LAST_MOMENT_OF_NOVEMBER_JST.plusSeconds(1)); // reviewed on 1 December JST

        ReviewResult result = service.review(verdict.screeningId(), ReviewOutcome.VIOLATION, null, "staff-1");

        assertThat(result.screening().reviewStatus()).isEqualTo(ReviewStatus.VIOLATION);
        assertThat(result.screening().review().reviewerId()).isEqualTo("staff-1");
        assertThat(result.established()).containsOnlyKeys(ViolationCategory.UNCERTAIN_REWARD, ViolationCategory.UNPAID_SAMPLE_REQUEST)
                .allSatisfy((category, establishment) -> assertThat(establishment.counted()).isTrue());
        // counted in the month the violation was established: the review's, not the screening's
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 12))).containsEntry(ViolationCategory.UNCERTAIN_REWARD, 1L);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)).values()).containsOnly(0L);
        assertThat(store.find(verdict.screeningId())).contains(result.screening());
        assertThat(service.reviewQueue(10, null).items()).isEmpty();
    }

    @Test
    void aConfirmedReviewWithACategoryEstablishesThatCategoryOnly() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-8", "c-8", "歩合制"));

        ReviewResult result = service.review(verdict.screeningId(), ReviewOutcome.VIOLATION, ViolationCategory.MULTI_LEVEL_MARKETING, "staff-1");

        assertThat(result.established()).containsOnlyKeys(ViolationCategory.MULTI_LEVEL_MARKETING);
        assertThat(result.screening().review().category()).isEqualTo(ViolationCategory.MULTI_LEVEL_MARKETING);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)))
                .containsEntry(ViolationCategory.MULTI_LEVEL_MARKETING, 1L)
                .containsEntry(ViolationCategory.UNCERTAIN_REWARD, 0L);
    }

    @Test
    void aCleanReviewCountsNothing() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-9", "c-9", "歩合"));

        ReviewResult result = service.review(verdict.screeningId(), ReviewOutcome.CLEAN, null, "staff-1");

        assertThat(result.established()).isEmpty();
        assertThat(result.screening().reviewStatus()).isEqualTo(ReviewStatus.CLEAN);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)).values()).containsOnly(0L);
        assertThat(service.reviewQueue(10, null).items()).isEmpty();
    }

    @Test
    void reviewsOfUnknownDecidedOrBlockedVerdictsAreRefused() {
        Screening pending = service.screen(ScreeningFixtures.posting("p-10", "c-10", "歩合"));
        Screening blocked = service.screen(ScreeningFixtures.posting("p-11", "c-11", FakeScreener.PHONE));
        service.review(pending.screeningId(), ReviewOutcome.CLEAN, null, "staff-1");

        assertThatThrownBy(() -> service.review("s-unknown", ReviewOutcome.CLEAN, null, "staff-1"))
                .isInstanceOf(ScreeningNotFoundException.class);
        assertThatThrownBy(() -> service.review(pending.screeningId(), ReviewOutcome.VIOLATION, null, "staff-2"))
                .isInstanceOf(ReviewConflictException.class);
        assertThatThrownBy(() -> service.review(blocked.screeningId(), ReviewOutcome.CLEAN, null, "staff-1"))
                .isInstanceOf(ReviewConflictException.class);
        assertThat(store.find(pending.screeningId()).orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.CLEAN);
    }

    @Test
    void theSameDecisionRepeatedIsAnsweredAgainAndCountsOnce() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-12", "c-12", "歩合"));
        service.review(verdict.screeningId(), ReviewOutcome.VIOLATION, null, "staff-1");
        clock.advanceSeconds(5);

        ReviewResult repeated = service.review(verdict.screeningId(), ReviewOutcome.VIOLATION, null, "staff-1");

        assertThat(repeated.established().get(ViolationCategory.UNCERTAIN_REWARD)).isEqualTo(new Establishment(false, 1));
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.UNCERTAIN_REWARD, 1L);
    }

    @Test
    void aCategoryWithACleanOutcomeIsAFieldErrorAndChangesNothing() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-13", "c-13", "歩合"));

        assertThatThrownBy(() -> service.review(verdict.screeningId(), ReviewOutcome.CLEAN, ViolationCategory.OTHER, "staff-1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.find(verdict.screeningId()).orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void whenEstablishingFailsTheReviewIsWithdrawnAndCanBeRetried() {
        Screening verdict = service.screen(ScreeningFixtures.posting("p-14", "c-14", "歩合"));
        ledger.failNext.set(true);

        assertThatThrownBy(() -> service.review(verdict.screeningId(), ReviewOutcome.VIOLATION, null, "staff-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.find(verdict.screeningId())).contains(verdict);
        assertThat(service.reviewQueue(10, null).items()).containsExactly(verdict);

        ReviewResult retried = service.review(verdict.screeningId(), ReviewOutcome.VIOLATION, null, "staff-1");
        assertThat(retried.established().get(ViolationCategory.UNCERTAIN_REWARD).counted()).isTrue();
    }

    @Test
    void hundredConcurrentScreeningsOfOnePostingCountOnce() throws Exception {
        ScreeningService concurrent = new ScreeningService(screener, store, ledger);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Screening>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(pool.submit(() -> concurrent.screen(ScreeningFixtures.posting("p-race", "c-race", FakeScreener.PHONE))));
            }
            for (Future<Screening> result : results) {
                assertThat(store.find(result.get().screeningId())).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        YearMonth month = YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
        assertThat(ledger.monthlyCounts(month)).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
        assertThat(ledger.offenderTotal("c-race")).isEqualTo(1);
    }

    /** The in-memory ledger, failing once on request (a dependency outage). */
    private static final class FlakyLedger extends InMemoryViolationLedger {
        final AtomicBoolean failNext = new AtomicBoolean();

        @Override
        public synchronized Establishment establish(EstablishedViolation violation) {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("ledger unavailable");
            }
            return super.establish(violation);
        }
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
