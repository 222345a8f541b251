package dev.marketguard.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.category.ViolationCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScreeningStore} must do; each implementation's test extends this and gives
 * {@link #store()} an empty store before each test.
 */
public abstract class ScreeningStoreContract {
    protected static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    protected abstract ScreeningStore store();

    @Test
    void storesAndFindsAVerdictAsItWas() {
        Screening pending = ScreeningFixtures.pending("s-round", T0.plusMillis(7));
        Screening blocked = ScreeningFixtures.blockedMessage("s-msg", T0);
        store().insert(pending);
        store().insert(blocked);

        assertThat(store().find("s-round")).contains(pending);
        assertThat(store().find("s-msg")).contains(blocked);
        assertThat(store().find("s-missing")).isEmpty();
    }

    @Test
    void aVerdictIdIsStoredOnce() {
        store().insert(ScreeningFixtures.pending("s-once", T0));
        assertThatThrownBy(() -> store().insert(ScreeningFixtures.pending("s-once", T0.plusSeconds(1))))
                .isInstanceOf(RuntimeException.class);
        assertThat(store().find("s-once").orElseThrow().screenedAt()).isEqualTo(T0);
    }

    @Test
    void theQueueHoldsOnlyPendingVerdictsOldestFirstAcrossPages() {
        // 1 ms apart at a second boundary: ".000" must sort before ".001" (fixed-width times)
        store().insert(ScreeningFixtures.pending("s-c", T0.plusMillis(1)));
        store().insert(ScreeningFixtures.pending("s-a", T0.minusSeconds(60)));
        store().insert(ScreeningFixtures.blockedMessage("s-blocked", T0.minusSeconds(120)));
        store().insert(ScreeningFixtures.pending("s-b", T0));
        store().insert(ScreeningFixtures.pending("s-d", T0.plusSeconds(3600)));

        List<String> seen = new ArrayList<>();
        ReviewQueuePage page = store().pendingReviews(3, null);
        assertThat(page.items()).hasSize(3);
        page.items().forEach(s -> seen.add(s.screeningId()));
        assertThat(page.next()).isNotNull();
        page = store().pendingReviews(3, page.next());
        page.items().forEach(s -> seen.add(s.screeningId()));
        assertThat(page.next()).isNull();

        assertThat(seen).containsExactly("s-a", "s-b", "s-c", "s-d");
    }

    @Test
    void aFullLastPageSaysThereIsNoMore() {
        store().insert(ScreeningFixtures.pending("s-1", T0));
        store().insert(ScreeningFixtures.pending("s-2", T0.plusSeconds(1)));
        ReviewQueuePage page = store().pendingReviews(2, null);
        assertThat(page.items()).extracting(Screening::screeningId).containsExactly("s-1", "s-2");
        assertThat(page.next()).isNull();
    }

    @Test
    void aReviewIsRecordedOnceAndLeavesTheQueue() {
        store().insert(ScreeningFixtures.pending("s-r", T0));
        StaffReview first = new StaffReview(ReviewOutcome.VIOLATION, ViolationCategory.OTHER, "staff-1", T0.plusSeconds(30));
        StaffReview second = new StaffReview(ReviewOutcome.CLEAN, null, "staff-2", T0.plusSeconds(31));

        assertThat(store().recordReview("s-r", first)).isTrue();
        assertThat(store().recordReview("s-r", second)).isFalse();
        assertThat(store().recordReview("s-unknown", second)).isFalse();

        Screening stored = store().find("s-r").orElseThrow();
        assertThat(stored.reviewStatus()).isEqualTo(ReviewStatus.VIOLATION);
        assertThat(stored.review()).isEqualTo(first);
        assertThat(store().pendingReviews(10, null).items()).isEmpty();
    }

    @Test
    void aCleanReviewWithoutCategoryIsKept() {
        store().insert(ScreeningFixtures.pending("s-clean", T0));
        StaffReview clean = new StaffReview(ReviewOutcome.CLEAN, null, "staff-1", T0.plusSeconds(5));
        assertThat(store().recordReview("s-clean", clean)).isTrue();
        assertThat(store().find("s-clean").orElseThrow().review()).isEqualTo(clean);
    }

    @Test
    void aBlockCannotBeReviewed() {
        store().insert(ScreeningFixtures.blockedMessage("s-b", T0));
        assertThat(store().recordReview("s-b", new StaffReview(ReviewOutcome.CLEAN, null, "staff-1", T0))).isFalse();
        assertThat(store().find("s-b").orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.NONE);
    }

    @Test
    void withdrawingTheRecordedReviewPutsTheVerdictBackInTheQueue() {
        Screening pending = ScreeningFixtures.pending("s-w", T0);
        store().insert(pending);
        StaffReview review = new StaffReview(ReviewOutcome.VIOLATION, null, "staff-1", T0.plusSeconds(9));
        store().recordReview("s-w", review);

        StaffReview other = new StaffReview(ReviewOutcome.VIOLATION, null, "staff-2", T0.plusSeconds(9));
        assertThat(store().withdrawReview("s-w", other)).isFalse();
        assertThat(store().find("s-w").orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.VIOLATION);

        assertThat(store().withdrawReview("s-w", review)).isTrue();
        assertThat(store().find("s-w")).contains(pending);
        assertThat(store().pendingReviews(10, null).items()).containsExactly(pending);
    }
}
