package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import dev.marketguard.screening.detect.Finding;
import dev.marketguard.screening.detect.FindingSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phrase hit may not start or end inside one of the ruleset's compound words. */
class CompoundWordsTest {
    private static final String YAML = """
            version: "test"
            compoundWords: ["(オン|ガイド)ライン", "ダウンロード"]
            rules:
              - id: t.line
                category: DIRECT_TRADING
                weight: 0.9
                description: LINE named as a channel
                patterns: ["ライン(で|の)"]
                examples: {match: ["ラインで"]}
              - id: t.online
                category: OTHER
                weight: 0.5
                description: a whole compound still matches itself
                patterns: ["オンライン"]
                examples: {match: ["オンライン"]}
              - id: t.down
                category: MULTI_LEVEL_MARKETING
                weight: 0.5
                description: a downline
                patterns: ["ダウン"]
                examples: {match: ["ダウン"]}
            """;

    @Test
    void hitsInsideACompoundAreDropped() throws IOException {
        RuleMatcher matcher = new RuleMatcher(RulesetLoader.load(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8))));

        assertThat(rulesFired(matcher, "続きはラインでお願いします")).containsExactly("t.line");
        assertThat(rulesFired(matcher, "続きはらいんでお願いします")).containsExactly("t.line");
        assertThat(rulesFired(matcher, "オンラインで授業を見ていただける方")).containsExactly("t.online");
        assertThat(rulesFired(matcher, "社内ガイドラインの作成")).isEmpty();
        assertThat(rulesFired(matcher, "アプリをダウンロードしてください")).isEmpty();
        assertThat(rulesFired(matcher, "ダウンを増やせば収入が増えます")).containsExactly("t.down");
    }

    @Test
    void theDefaultRulesetDoesNotReadOnlineTutoringAsLine() {
        RuleMatcher matcher = new RuleMatcher(RulesetLoader.loadDefault());

        assertThat(rulesFired(matcher, "中学2年の息子の数学をオンラインで見ていただける方を探しています。"))
                .noneMatch(id -> id.startsWith("dt.") || id.startsWith("contact."));
        assertThat(rulesFired(matcher, "詳しくはラインで見ていただけますか")).anyMatch(id -> id.startsWith("dt."));
    }

    private static List<String> rulesFired(RuleMatcher matcher, String text) {
        Submission s = new Submission.Message("m", "s", "r", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT);
        FindingSink sink = new FindingSink();
        matcher.detect(TestEngine.get().analyze(s), sink);
        return sink.findings().stream().map(Finding::rule).distinct().toList();
    }
}
