package dev.marketguard.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.violation.EstablishedViolation;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InMemoryViolationLedgerTest {
    private final InMemoryViolationLedger ledger = new InMemoryViolationLedger();

    private static EstablishedViolation violation(String postingId, ViolationCategory category, String at) {
        return new EstablishedViolation(category, Subject.posting(postingId), "c-9", "screening", "s-" + postingId, Instant.parse(at));
    }

    @Test
    void countsOncePerMonthCategoryAndSubject() {
        assertThat(ledger.establish(violation("p-1", ViolationCategory.DIRECT_TRADING, "2026-11-02T00:00:00Z")).counted()).isTrue();
        assertThat(ledger.establish(violation("p-1", ViolationCategory.DIRECT_TRADING, "2026-11-20T00:00:00Z")).counted()).isFalse();
        assertThat(ledger.establish(violation("p-1", ViolationCategory.OTHER, "2026-11-20T00:00:00Z")).offenderTotal()).isEqualTo(2);

        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)))
                .containsEntry(ViolationCategory.DIRECT_TRADING, 1L)
                .containsEntry(ViolationCategory.OTHER, 1L)
                .containsEntry(ViolationCategory.MULTI_LEVEL_MARKETING, 0L)
                .hasSize(7);
        assertThat(ledger.offenderTotal("c-9")).isEqualTo(2);
    }

    @Test
    void monthIsTheJstMonth() {
        // 2026-11-30T15:00Z is 2026-12-01 00:00 in Tokyo.
        ledger.establish(violation("p-2", ViolationCategory.OTHER, "2026-11-30T15:00:00Z"));
        ledger.establish(violation("p-3", ViolationCategory.OTHER, "2026-11-30T14:59:59Z"));
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 12))).containsEntry(ViolationCategory.OTHER, 1L);
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.OTHER, 1L);
        assertThat(ledger.violationsIn(YearMonth.of(2026, 12))).extracting(v -> v.subject().id()).containsExactly("p-2");
    }
}
