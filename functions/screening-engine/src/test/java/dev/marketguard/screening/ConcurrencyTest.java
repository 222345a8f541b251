package dev.marketguard.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives each of them the same verdicts as a single thread. */
class ConcurrencyTest {

    @Test
    void sharedEngineIsThreadSafe() throws Exception {
        ScreeningEngine engine = TestEngine.get();
        List<Submission> subjects = List.of(
                new Submission.Message("m1", "s", "r", "詳細は〇九〇の一二三四の五六七八まで", Phase.BEFORE_CONTRACT, WorkStyle.PROJECT),
                new Submission.Message("m2", "s", "r", "納品物をご確認ください。", Phase.AFTER_ESCROW, WorkStyle.PROJECT),
                new Submission.Posting("p1", "c", "仲間募集", "紹介した人がさらに紹介すると権利収入が入ります", WorkStyle.PROJECT, null),
                new Submission.Message("m3", "s", "r", "AnyDeskの9桁の番号を教えてください", Phase.AFTER_ESCROW, WorkStyle.PROJECT));
        List<Assessment> expected = new ArrayList<>();
        for (Submission s : subjects) {
            expected.add(engine.screen(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < subjects.size(); i++) {
                            if (!engine.screen(subjects.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
