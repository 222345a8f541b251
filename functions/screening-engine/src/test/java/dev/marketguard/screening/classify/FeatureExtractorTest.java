package dev.marketguard.screening.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import dev.marketguard.screening.analysis.AnalyzedField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    @Test
    void hashedFeaturesAreExactlyTheHashesOfTheTrainingFeatures() {
        Submission s = new Submission.Message("m", "s", "r",
                "権利収入で毎月お金が入ってくる仕組みです。仲間を紹介するだけ！詳しくはLINEで。", Phase.BEFORE_CONTRACT,
                WorkStyle.PROJECT);
        List<AnalyzedField> fields = TestEngine.get().analyze(s).fields();
        FeatureExtractor fe = new FeatureExtractor();
        Map<String, int[]> named = fe.extract(fields);
        FeatureVector hashed = fe.extractHashed(fields);
        Set<Long> expected = new HashSet<>();
        for (String f : named.keySet()) {
            long h = FeatureExtractor.hash(f);
            expected.add(h == 0 ? 1 : h);
        }
        Set<Long> actual = new HashSet<>();
        for (int i = 0; i < hashed.size(); i++) {
            actual.add(hashed.hash(i));
        }
        assertThat(named).containsKey("w:権利");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aReusedVectorHoldsExactlyTheFeaturesOfAFreshOne() {
        FeatureExtractor fe = new FeatureExtractor();
        List<AnalyzedField> first = TestEngine.get().analyze(new Submission.Message("m1", "s", "r",
                "ロゴのデザインをお願いします。納期は来週末です。", Phase.BEFORE_CONTRACT, WorkStyle.PROJECT)).fields();
        List<AnalyzedField> second = TestEngine.get().analyze(new Submission.Message("m2", "s", "r",
                "権利収入で毎月お金が入ってくる仕組みです。", Phase.BEFORE_CONTRACT, WorkStyle.PROJECT)).fields();
        FeatureVector reused = new FeatureVector();
        fe.extractHashed(first, reused);
        fe.extractHashed(second, reused);
        FeatureVector fresh = fe.extractHashed(second);

        assertThat(reused.size()).isEqualTo(fresh.size()).isPositive();
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(new long[] {reused.hash(i), reused.field(i), reused.start(i), reused.end(i)})
                    .containsExactly(fresh.hash(i), fresh.field(i), fresh.start(i), fresh.end(i));
        }
    }
}
