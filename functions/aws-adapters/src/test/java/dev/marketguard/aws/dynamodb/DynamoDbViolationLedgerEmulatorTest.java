package dev.marketguard.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EmulatorTest
class DynamoDbViolationLedgerEmulatorTest {
    private DynamoDbViolationLedger ledger;

    @BeforeEach
    void setUp(DeployedStack stack) {
        ledger = new DynamoDbViolationLedger(stack.dynamoDb(), stack.tableName("ViolationsTable"));
    }

    private static EstablishedViolation violation(String postingId, String offender, ViolationCategory category, String at) {
        return new EstablishedViolation(category, Subject.posting(postingId), offender, "screening", "s-" + postingId, Instant.parse(at));
    }

    @Test
    void countsOncePerMonthCategoryAndSubjectAndCountsTheOffender() {
        assertThat(ledger.establish(violation("p-1", "c-1", ViolationCategory.DIRECT_TRADING, "2026-10-05T00:00:00Z")))
                .isEqualTo(new Establishment(true, 1));
        assertThat(ledger.establish(violation("p-1", "c-1", ViolationCategory.DIRECT_TRADING, "2026-10-20T00:00:00Z")))
                .isEqualTo(new Establishment(false, 1));
        assertThat(ledger.establish(violation("p-1", "c-1", ViolationCategory.OTHER, "2026-10-20T00:00:00Z")))
                .isEqualTo(new Establishment(true, 2));

        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 10)))
                .containsEntry(ViolationCategory.DIRECT_TRADING, 1L)
                .containsEntry(ViolationCategory.OTHER, 1L)
                .containsEntry(ViolationCategory.STEALTH_MARKETING, 0L)
                .hasSize(7);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 10))).extracting(EstablishedViolation::category)
                .containsExactlyInAnyOrder(ViolationCategory.DIRECT_TRADING, ViolationCategory.OTHER);
    }

    @Test
    void aViolationWithoutOffenderStillCounts() {
        assertThat(ledger.establish(violation("p-9", null, ViolationCategory.MULTI_LEVEL_MARKETING, "2026-08-01T00:00:00Z")).counted()).isTrue();
    }

    @Test
    void hundredConcurrentEstablishmentsCountOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Establishment>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(pool.submit(() -> ledger.establish(violation("p-race", "c-race", ViolationCategory.UNCERTAIN_REWARD, "2026-09-10T00:00:00Z"))));
            }
            int counted = 0;
            for (Future<Establishment> result : results) {
                counted += result.get().counted() ? 1 : 0;
            }
            assertThat(counted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 9))).containsEntry(ViolationCategory.UNCERTAIN_REWARD, 1L);
        assertThat(ledger.offenderTotal("c-race")).isEqualTo(1);
    }

    @Test
    void recountRepairsACounter() {
        ledger.establish(violation("p-r1", "c-r", ViolationCategory.STEALTH_MARKETING, "2026-07-01T00:00:00Z"));
        ledger.setMonthlyCount(YearMonth.of(2026, 7), ViolationCategory.STEALTH_MARKETING, 5);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 7))).containsEntry(ViolationCategory.STEALTH_MARKETING, 5L);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 7))).hasSize(1);
    }
}
