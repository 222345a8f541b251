package dev.marketguard.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.ReviewOutcome;
import dev.marketguard.core.screening.ScreeningFixtures;
import dev.marketguard.core.screening.ScreeningStore;
import dev.marketguard.core.screening.ScreeningStoreContract;
import dev.marketguard.core.screening.StaffReview;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryScreeningStoreTest extends ScreeningStoreContract {
    private InMemoryScreeningStore store;

    @BeforeEach
    void setUp() {
        store = new InMemoryScreeningStore();
    }

    @Override
    protected ScreeningStore store() {
        return store;
    }

    @Test
    void ofManyConcurrentReviewsOneIsRecorded() throws Exception {
        store.insert(ScreeningFixtures.pending("s-race", T0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String reviewer = "staff-" + i;
                results.add(pool.submit(() -> store.recordReview("s-race", new StaffReview(ReviewOutcome.CLEAN, null, reviewer, T0))));
            }
            int recorded = 0;
            for (Future<Boolean> result : results) {
                recorded += result.get() ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
