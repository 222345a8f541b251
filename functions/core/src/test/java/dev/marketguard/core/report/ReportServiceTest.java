package dev.marketguard.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryReportStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import dev.marketguard.core.validation.InvalidInputException;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportServiceTest {
    // 2026-11-28 10:00 JST
    private final MutableClock clock = new MutableClock("2026-11-28T01:00:00Z");
    private final InMemoryReportStore store = new InMemoryReportStore();
    private final InMemoryViolationLedger ledger = new InMemoryViolationLedger();
    private ReportService service = new ReportService(store, ledger, ReportPolicy.withDailyLimit(3), clock);

    private static ReportSubmission report(String reporter, Subject target, ReportCategory category, String key) {
        return new ReportSubmission(reporter, target, category, "連絡先を教えるのでLINEで話しましょうとのことでした", key);
    }

    private static Subject user(String id) {
        return new Subject(SubjectType.USER, id);
    }

    private static Report accepted(FilingResult result) {
        assertThat(result).isInstanceOf(FilingResult.Accepted.class);
        return ((FilingResult.Accepted) result).report();
    }

    @Test
    void storesAReportWithItsTallyAndNormalPriority() {
        Report report = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, null)));

        assertThat(report.reporterId()).isEqualTo("u-1");
        assertThat(report.target()).isEqualTo(Subject.posting("p-1"));
        assertThat(report.receivedAt()).isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
        assertThat(report.targetReportCount()).isEqualTo(1);
        assertThat(report.priority()).isEqualTo(Priority.NORMAL);
        assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(store.reports()).containsExactly(report);
    }

    @Test
    void aRepeatOfTheSameComplaintReturnsTheFirstReportAndStoresNothing() {
        Report first = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, "k-1")));
        int items = store.itemCount();
        clock.advance(Duration.ofHours(3));

        FilingResult byKey = service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, "k-1"));
        FilingResult byComplaint = service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, "k-2"));
        FilingResult noKey = service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, null));

        assertThat(byKey).isEqualTo(new FilingResult.Accepted(first, true));
        assertThat(byComplaint).isEqualTo(new FilingResult.Accepted(first, true));
        assertThat(noKey).isEqualTo(new FilingResult.Accepted(first, true));
        assertThat(store.itemCount()).isEqualTo(items);
    }

    @Test
    void anotherCategoryOrTargetIsANewReport() {
        Report first = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, null)));
        Report other = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.FRAUD, null)));
        Report message = accepted(service.file(report("u-1", Subject.message("p-1"), ReportCategory.DIRECT_TRADING, null)));

        assertThat(other.reportId()).isNotEqualTo(first.reportId());
        assertThat(message.reportId()).isNotIn(first.reportId(), other.reportId());
        assertThat(store.reports()).hasSize(3);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentReportIsRefusedAndStoresNothing() {
        Report first = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, "k-1")));
        int items = store.itemCount();

        assertThat(service.file(report("u-1", Subject.posting("p-2"), ReportCategory.DIRECT_TRADING, "k-1")))
                .isEqualTo(new FilingResult.KeyReused(first.reportId()));
        assertThat(store.itemCount()).isEqualTo(items);
    }

    @Test
    void theDailyLimitRefusesUntilTheNextJstMidnight() {
        clock.set("2026-11-28T14:59:30Z"); // 23:59:30 JST
        for (int i = 1; i <= 3; i++) {
            accepted(service.file(report("u-1", Subject.posting("p-" + i), ReportCategory.OTHER, null)));
        }
        int items = store.itemCount();

        assertThat(service.file(report("u-1", Subject.posting("p-4"), ReportCategory.OTHER, null)))
                .isEqualTo(new FilingResult.RateLimited(3, Duration.ofSeconds(30)));
        assertThat(store.itemCount()).isEqualTo(items);

        clock.advance(Duration.ofSeconds(30)); // 00:00 JST: a new day, a new quota
        accepted(service.file(report("u-1", Subject.posting("p-4"), ReportCategory.OTHER, null)));
    }

    @Test
    void aRetryIsAnsweredEvenWhenTheQuotaIsUsedUp() {
        Report first = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.OTHER, "k-1")));
        accepted(service.file(report("u-1", Subject.posting("p-2"), ReportCategory.OTHER, null)));
        accepted(service.file(report("u-1", Subject.posting("p-3"), ReportCategory.OTHER, null)));

        assertThat(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.OTHER, "k-1")))
                .isEqualTo(new FilingResult.Accepted(first, true));
    }

    @Test
    void theSameComplaintCountsAgainAfterTheDedupeWindow() {
        Report first = accepted(service.file(report("u-1", user("c-1"), ReportCategory.MULTI_LEVEL_MARKETING, null)));
        clock.advance(ReportPolicy.DEFAULT_DEDUPE_WINDOW.minusSeconds(1));
        assertThat(accepted(service.file(report("u-1", user("c-1"), ReportCategory.MULTI_LEVEL_MARKETING, null))).reportId())
                .isEqualTo(first.reportId());
        clock.advance(Duration.ofSeconds(1));
        assertThat(accepted(service.file(report("u-1", user("c-1"), ReportCategory.MULTI_LEVEL_MARKETING, null))).reportId())
                .isNotEqualTo(first.reportId());
    }

    @Test
    void theThirdReportAgainstATargetInAJstDayIsHighPriority() {
        Subject posting = Subject.posting("p-hot");
        Report one = accepted(service.file(report("u-1", posting, ReportCategory.DIRECT_TRADING, null)));
        Report two = accepted(service.file(report("u-2", posting, ReportCategory.DIRECT_TRADING, null)));
        Report three = accepted(service.file(report("u-3", posting, ReportCategory.UNCERTAIN_REWARD, null)));

        assertThat(one.priority()).isEqualTo(Priority.NORMAL);
        assertThat(two.priority()).isEqualTo(Priority.NORMAL);
        assertThat(three.priority()).isEqualTo(Priority.HIGH);
        assertThat(three.targetReportCount()).isEqualTo(3);

        clock.set("2026-11-28T15:00:00Z"); // the next JST day
        Report nextDay = accepted(service.file(report("u-4", posting, ReportCategory.DIRECT_TRADING, null)));
        assertThat(nextDay.targetReportCount()).isEqualTo(1);
        assertThat(nextDay.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aUserCannotReportThemselves() {
        assertThatThrownBy(() -> service.file(report("u-1", user("u-1"), ReportCategory.FRAUD, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).extracting("field").containsExactly("target.id"));
        assertThat(store.itemCount()).isZero();
    }

    @Test
    void aConfirmedReportAgainstAUserEstablishesAViolationWithTheUserAsOffender() {
        Report report = accepted(service.file(report("u-1", user("c-9"), ReportCategory.FRAUD, null)));
        clock.advance(Duration.ofHours(1));

        ResolutionResult result = service.resolve(report.reportId(),
                new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.FRAUD, "staff-1", null));

        assertThat(result).isInstanceOf(ResolutionResult.Resolved.class);
        Report resolved = ((ResolutionResult.Resolved) result).report();
        assertThat(((ResolutionResult.Resolved) result).changed()).isTrue();
        assertThat(resolved.status()).isEqualTo(ReportStatus.CONFIRMED);
        assertThat(resolved.resolution().offenderId()).isEqualTo("c-9");
        // FRAUD counts as OTHER in the breakdown
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.OTHER, 1L);
        assertThat(ledger.offenderTotal("c-9")).isEqualTo(1);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 11))).containsExactly(new EstablishedViolation(
                ViolationCategory.OTHER, user("c-9"), "c-9", "report", report.reportId(), Instant.parse("2026-11-28T02:00:00Z")));
    }

    @Test
    void aConfirmedPostingUsesTheGivenOffenderOrNone() {
        Report withOffender = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, null)));
        Report without = accepted(service.file(report("u-1", new Subject(SubjectType.PROPOSAL, "pr-1"), ReportCategory.DIRECT_TRADING, null)));

        service.resolve(withOffender.reportId(), new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.STEALTH_MARKETING, "staff-1", "c-1"));
        service.resolve(without.reportId(), new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.DIRECT_TRADING, "staff-1", null));

        // support's category, not the reporter's, is what counts
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)))
                .containsEntry(ViolationCategory.STEALTH_MARKETING, 1L)
                .containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
        assertThat(ledger.offenderTotal("c-1")).isEqualTo(1);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 11)))
                .filteredOn(v -> v.subject().type() == SubjectType.PROPOSAL)
                .singleElement().extracting(EstablishedViolation::offenderId).isNull();
    }

    @Test
    void resolvingTwiceChangesNothingAndADifferentDecisionConflicts() {
        Report report = accepted(service.file(report("u-1", Subject.posting("p-1"), ReportCategory.DIRECT_TRADING, null)));
        ResolutionRequest confirm = new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.DIRECT_TRADING, "staff-1", "c-1");
        Report first = ((ResolutionResult.Resolved) service.resolve(report.reportId(), confirm)).report();
        clock.advance(Duration.ofMinutes(5));

        assertThat(service.resolve(report.reportId(), confirm)).isEqualTo(new ResolutionResult.Resolved(first, false));
        assertThat(service.resolve(report.reportId(),
                new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.DIRECT_TRADING, "staff-2", "c-1")))
                .isEqualTo(new ResolutionResult.Resolved(first, false));
        assertThat(service.resolve(report.reportId(),
                new ResolutionRequest(ResolutionOutcome.DISMISSED, null, "staff-2", null)))
                .isEqualTo(new ResolutionResult.Conflict(first));
        assertThat(service.resolve(report.reportId(),
                new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.FRAUD, "staff-1", "c-1")))
                .isEqualTo(new ResolutionResult.Conflict(first));

        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
        assertThat(ledger.offenderTotal("c-1")).isEqualTo(1);
        assertThat(store.find(report.reportId())).contains(first);
    }

    @Test
    void aDismissedReportEstablishesNothing() {
        Report report = accepted(service.file(report("u-1", user("c-2"), ReportCategory.FRAUD, null)));
        ResolutionResult result = service.resolve(report.reportId(), new ResolutionRequest(ResolutionOutcome.DISMISSED, null, "staff-1", null));

        assertThat(((ResolutionResult.Resolved) result).report().status()).isEqualTo(ReportStatus.DISMISSED);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)).values()).containsOnly(0L);
        assertThat(ledger.offenderTotal("c-2")).isZero();
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThat(service.resolve("00000000-0000-0000-0000-000000000000",
                new ResolutionRequest(ResolutionOutcome.DISMISSED, null, "staff-1", null)))
                .isEqualTo(new ResolutionResult.NotFound());
    }

    @Test
    void inconsistentResolutionsAreInvalidAndChangeNothing() {
        Report user = accepted(service.file(report("u-1", user("c-3"), ReportCategory.FRAUD, null)));

        assertThatThrownBy(() -> service.resolve(user.reportId(), new ResolutionRequest(ResolutionOutcome.CONFIRMED, null, "staff-1", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("category");
        assertThatThrownBy(() -> service.resolve(user.reportId(), new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.FRAUD, "staff-1", "someone-else")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("offender");
        assertThatThrownBy(() -> service.resolve(user.reportId(), new ResolutionRequest(ResolutionOutcome.DISMISSED, null, "staff-1", "c-3")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("offender");
        assertThat(store.find(user.reportId()).orElseThrow().status()).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void aConfirmationInterruptedBeforeTheLedgerCompletesWhenRetried() {
        FlakyLedger flaky = new FlakyLedger(ledger);
        service = new ReportService(store, flaky, ReportPolicy.defaults(), clock);
        Report report = accepted(service.file(report("u-1", user("c-4"), ReportCategory.OTHER, null)));
        ResolutionRequest confirm = new ResolutionRequest(ResolutionOutcome.CONFIRMED, ReportCategory.OTHER, "staff-1", null);

        flaky.failNext = true;
        assertThatThrownBy(() -> service.resolve(report.reportId(), confirm)).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.offenderTotal("c-4")).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(service.resolve(report.reportId(), confirm)).isInstanceOf(ResolutionResult.Resolved.class);
        assertThat(ledger.offenderTotal("c-4")).isEqualTo(1);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.OTHER, 1L);
    }

    /** A ledger whose next establish fails, like DynamoDB throttling between the two writes. */
    private static final class FlakyLedger extends InMemoryViolationLedger {
        private final InMemoryViolationLedger delegate;
        boolean failNext;

        FlakyLedger(InMemoryViolationLedger delegate) {
            this.delegate = delegate;
        }

        @Override
        public Establishment establish(EstablishedViolation violation) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("ledger unavailable");
            }
            return delegate.establish(violation);
        }
    }
}
