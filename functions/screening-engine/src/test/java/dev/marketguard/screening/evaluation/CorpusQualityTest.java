package dev.marketguard.screening.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality measured on the held-out split (never trained on) of the labelled corpus and on the
 * whole obfuscation suite.
 *
 * <p>Issue 3's bars — macro recall ≥ 0.90, clean false-block ≤ 1%, clean false-review ≤ 5%,
 * obfuscation ≥ 98% — are enforced on the whole held-out split, and the measured figures, which
 * are better, as floors, so that a change that makes screening worse fails. The split is not an
 * unseen sample any more (the classifier never trained on it, but rule writers have read its
 * misses): the honest figures for unseen text are the blind sets' (engine README, "Measured").
 */
class CorpusQualityTest {
    private static Evaluator.Report heldOut;
    private static Evaluator.ObfuscationReport obfuscation;

    @BeforeAll
    static void evaluate() throws IOException {
        Path corpus = Path.of("corpus");
        CorpusReader reader = new CorpusReader(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HeldOutSplit split = HeldOutSplit.standard();
        List<CorpusItem> items = reader.readLabelled(corpus).stream().filter(i -> split.isHeldOut(i.id())).toList();
        Evaluator evaluator = new Evaluator();
        heldOut = evaluator.evaluate(TestEngine.get(), items);
        obfuscation = evaluator.evaluateObfuscation(TestEngine.get(), reader.readObfuscation(corpus));
    }

    @Test
    void heldOutSplitIsLargeEnoughToMeanSomething() {
        assertThat(heldOut.items()).isGreaterThan(1000);
        assertThat(heldOut.cleanItems()).isGreaterThan(400);
        for (ViolationCategory c : ViolationCategory.values()) {
            assertThat(heldOut.categories().get(c).support()).as("held-out support of %s", c).isGreaterThanOrEqualTo(100);
        }
        assertThat(obfuscation.items()).isGreaterThan(900);
    }

    @Test
    void issueBarsHoldOnTheHeldOutSplit() {
        assertThat(heldOut.macroRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(heldOut.falseBlockRate()).isLessThanOrEqualTo(0.01);
        assertThat(heldOut.falseReviewRate()).isLessThanOrEqualTo(0.05);
        assertThat(obfuscation.catchRate()).as("missed: %s", obfuscation.missed()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void heldOutFiguresDoNotFallBelowWhatWasMeasured() {
        assertThat(heldOut.macroRecall()).isGreaterThanOrEqualTo(MACRO_RECALL_FLOOR);
        assertThat(heldOut.falseBlockRate()).isLessThanOrEqualTo(FALSE_BLOCK_CEILING);
        assertThat(heldOut.falseReviewRate()).isLessThanOrEqualTo(FALSE_REVIEW_CEILING);
    }

    // Measured 2026-11-29 on the whole held-out split (3,022 items, 1,840 clean; ruleset 2026.11.29-37,
    // model lr-6167, passages read): macro recall 0.964, false-block 0.002 (3/1,840), false-review 0.018
    // (33/1,840), obfuscation 0.982 (1,496/1,523); see corpus/README.md. Raise them when the engine
    // improves. Lowered in session 11 (0.97 / 1.5%, then 0.965 / 1.2%) when the classifier's reading
    // began to pull weak words down (six second categories and one item on the old split) and when six
    // batches joined the corpus as measured, three of them evasive (s11a-s11f: recall 0.970 -> 0.964
    // and false reviews 19 -> 33 on the split, 1,705 -> 1,840 clean).
    private static final double MACRO_RECALL_FLOOR = 0.96;
    private static final double FALSE_BLOCK_CEILING = 0.003;
    private static final double FALSE_REVIEW_CEILING = 0.02;
}
