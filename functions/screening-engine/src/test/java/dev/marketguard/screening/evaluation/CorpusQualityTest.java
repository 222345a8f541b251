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
 * The quality bars, measured on the held-out split (never trained on) of the labelled corpus,
 * and on the whole obfuscation suite.
 */
class CorpusQualityTest {
    private static Evaluator.Report heldOut;
    private static Evaluator.ObfuscationReport obfuscation;

    @BeforeAll
    static void evaluate() throws IOException {
        Path corpus = Path.of("corpus");
        CorpusReader reader = new CorpusReader(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HeldOutSplit split = HeldOutSplit.standard();
        List<CorpusItem> items = reader.readLabelled(corpus).stream()
                .filter(i -> split.isHeldOut(i.id())).toList();
        Evaluator evaluator = new Evaluator();
        heldOut = evaluator.evaluate(TestEngine.get(), items);
        obfuscation = evaluator.evaluateObfuscation(TestEngine.get(),
                reader.readObfuscation(corpus));
    }

    @Test
    void heldOutSplitIsLargeEnoughToMeanSomething() {
        assertThat(heldOut.items()).isGreaterThan(150);
        assertThat(heldOut.cleanItems()).isGreaterThan(50);
        for (ViolationCategory c : ViolationCategory.values()) {
            assertThat(heldOut.categories().get(c).support()).as("held-out support of %s", c).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void macroRecallAcrossTheSevenCategoriesIsAtLeast90Percent() {
        assertThat(heldOut.macroRecall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void cleanItemsAreRarelyBlocked() {
        assertThat(heldOut.falseBlockRate()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void cleanItemsAreRarelySentToReview() {
        assertThat(heldOut.falseReviewRate()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void obfuscatedContactDetailsAreCaught() {
        // obfuscation.jsonl (190) and obfuscation-p.jsonl (341, disguises beyond the first suite)
        assertThat(obfuscation.items()).isEqualTo(531);
        assertThat(obfuscation.catchRate()).as("missed: %s", obfuscation.missed()).isGreaterThanOrEqualTo(0.98);
    }
}
