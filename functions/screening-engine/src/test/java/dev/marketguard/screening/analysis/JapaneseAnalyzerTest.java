package dev.marketguard.screening.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseAnalyzerTest {
    private static final String TEXT = "詳しくはラインで連絡してください。LINEのIDを送りますので、追加をお願いします。";

    @Test
    void tokensDoNotDependOnWhatTheThreadTokenisedBefore() {
        List<Token> expected = new JapaneseAnalyzer().analyze("body", TEXT).tokens();
        JapaneseAnalyzer analyzer = new JapaneseAnalyzer();
        // thousands of distinct words first: most slots of the per-thread word table are taken
        StringBuilder churn = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            churn.append(i).append("件 ");
        }
        AnalyzedField churned = analyzer.analyze("body", churn.toString());
        for (Token t : churned.tokens()) {
            assertThat(t.surface()).isEqualTo(churned.normalized().text().substring(t.start(), t.end()));
        }

        assertThat(analyzer.analyze("body", TEXT).tokens()).isEqualTo(expected);
        assertThat(analyzer.analyze("body", TEXT).tokens()).isEqualTo(expected);
    }

    @Test
    void surfacesAreTheTextAndKeysAreTheFoldedLemmas() {
        JapaneseAnalyzer analyzer = new JapaneseAnalyzer();
        analyzer.analyze("body", TEXT);
        AnalyzedField field = analyzer.analyze("body", TEXT);
        assertThat(field.tokens()).isNotEmpty();
        for (Token t : field.tokens()) {
            assertThat(t.surface()).isEqualTo(field.normalized().text().substring(t.start(), t.end()));
            assertThat(t.key()).isEqualTo(JapaneseAnalyzer.matchKey(t.lemma()));
        }
        assertThat(field.tokens()).extracting(Token::key).contains("ライン", "line", "クダサル");
    }
}
