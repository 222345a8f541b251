package dev.marketguard.screening.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.Thresholds;
import dev.marketguard.screening.detect.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How rules and the classifier combine into a decision (thresholds 0.5 / 0.85, model weight 0.8). */
class ScoreCombinerTest {
    private static final String TEXT = "契約前ですがLINEで直接やりとりしましょう。090-1234-5678";
    private static final Submission MESSAGE =
            new Submission.Message("m", "s", "r", TEXT, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT);
    private final ScoreCombiner combiner = new ScoreCombiner(Thresholds.defaults(), 0.8, Map.of());

    @Test
    void phraseRulesAloneBlockWhenTheClassifierAgrees() {
        assertThat(decide(phrase(0.95), 0.6)).isEqualTo(Decision.BLOCK);
    }

    @Test
    void phraseRulesAloneGoToReviewWhenTheClassifierDoesNotReadAViolation() {
        assertThat(decide(phrase(0.95), ScoreCombiner.BLOCK_CORROBORATION / 2)).isEqualTo(Decision.REVIEW);
        assertThat(decide(phrase(0.95), 0.0)).isEqualTo(Decision.REVIEW);
    }

    @Test
    void aConcreteDetailBlocksWhateverTheClassifierSays() {
        Finding phone = new Finding(ViolationCategory.DIRECT_TRADING, "contact.phone", 0.95, "text", 24, 37, true, null);
        assertThat(decide(phone, 0.0)).isEqualTo(Decision.BLOCK);
    }

    @Test
    void aServiceOnlyNamedIsNotConcrete() {
        Finding named = new Finding(ViolationCategory.DIRECT_TRADING, "contact.messenger", 0.8, "text", 6, 10, true, null);
        Finding id = new Finding(ViolationCategory.DIRECT_TRADING, "contact.messenger", 0.95, "text", 6, 10, true, null);
        assertThat(named.isConcrete()).isFalse();
        assertThat(id.isConcrete()).isTrue();
        assertThat(new Finding(ViolationCategory.UNCERTAIN_REWARD, "reward.structured_type", 0.9, "reward.type", 0, 10,
                false, null).isConcrete()).isTrue();
    }

    @Test
    void theClassifierCannotClearADirectTradingCase() {
        // its words often stand beside a contact detail spelled in a way no detector reads
        assertThat(decide(phrase(0.6), 0.0)).isEqualTo(Decision.REVIEW);
    }

    @Test
    void weakWordsTheClassifierReadsAsOrdinaryAreAllowed() {
        Finding words = words(ViolationCategory.STEALTH_MARKETING, 0.6);
        assertThat(decide(words, 0.01)).isEqualTo(Decision.ALLOW);
        assertThat(decide(words, ScoreCombiner.DISAGREEMENT_BELOW)).isEqualTo(Decision.REVIEW);
        assertThat(decide(words, 0.4)).isEqualTo(Decision.REVIEW);
    }

    @Test
    void theClassifiersPullIsBounded() {
        // at p = 0 the pull is that of P_FLOOR: a rule of weight 0.85 still reaches review
        assertThat(decide(words(ViolationCategory.STEALTH_MARKETING, 0.85), 0.0)).isEqualTo(Decision.REVIEW);
        assertThat(decide(words(ViolationCategory.STEALTH_MARKETING, 0.75), 0.05)).isEqualTo(Decision.REVIEW);
        assertThat(decide(words(ViolationCategory.STEALTH_MARKETING, 0.75), 0.0)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aConcreteFindingIsNotPulledDown() {
        Finding structured = new Finding(ViolationCategory.UNCERTAIN_REWARD, "reward.structured_type", 0.6, "reward.type",
                0, 10, false, null);
        assertThat(decide(structured, 0.0)).isEqualTo(Decision.REVIEW);
    }

    @Test
    void withoutAModelNothingIsPulledDown() {
        Assessment a = combiner.combine(MESSAGE, List.of(words(ViolationCategory.STEALTH_MARKETING, 0.6)), Set.of(), null,
                null, Map.of("text", TEXT), "test");
        assertThat(a.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void aPassageReadingRaisesAReviewButABlockRestsOnTheWholeDocument() {
        Finding weak = words(ViolationCategory.STEALTH_MARKETING, 0.3);
        double[] document = new double[ViolationCategory.values().length];
        double[] passages = document.clone();
        document[ViolationCategory.STEALTH_MARKETING.ordinal()] = 0.3;
        passages[ViolationCategory.STEALTH_MARKETING.ordinal()] = 0.99;
        // with the passage's 0.99 the sum is 0.86, over the block threshold; the document's 0.3 keeps it a review
        Assessment a = combiner.combine(MESSAGE, List.of(weak), Set.of(), document, passages, null, Map.of("text", TEXT),
                "test");
        assertThat(a.decision()).isEqualTo(Decision.REVIEW);
        assertThat(a.violations().get(0).score()).isGreaterThan(0.85);
        assertThat(combiner.combine(MESSAGE, List.of(weak), Set.of(), document, document, null, Map.of("text", TEXT),
                "test").decision()).isEqualTo(Decision.ALLOW);
    }

    private static Finding phrase(double weight) {
        return new Finding(ViolationCategory.DIRECT_TRADING, "dt.off_platform", weight, "text", 12, 20, false, null);
    }

    private static Finding words(ViolationCategory category, double weight) {
        return new Finding(category, "stm.words", weight, "text", 12, 20, false, null);
    }

    /** The decision with the classifier giving {@code modelProbability} to the finding's category. */
    private Decision decide(Finding finding, double modelProbability) {
        double[] p = new double[ViolationCategory.values().length];
        p[finding.category().ordinal()] = modelProbability;
        Assessment a = combiner.combine(MESSAGE, List.of(finding), Set.of(), p, null, Map.of("text", TEXT), "test");
        return a.decision();
    }
}
