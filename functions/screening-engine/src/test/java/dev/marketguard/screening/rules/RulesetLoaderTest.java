package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule's weight is its score in [0, 1]; 0 is a topic marker, anything outside is refused at load.
 * A context group may name one of the ruleset's word lists instead of repeating its patterns.
 */
class RulesetLoaderTest {

    private static Ruleset load(String weight) throws IOException {
        String yaml = """
                version: "test"
                rules:
                  - id: t.rule
                    category: OTHER
                    weight: %s
                    description: a rule
                    patterns: ["テスト"]
                """.formatted(weight);
        return RulesetLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "1"})
    void acceptsWeightsFromZeroToOne(String weight) throws IOException {
        assertThat(load(weight).rules().get(0).weight()).isEqualTo(Double.parseDouble(weight));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "1.5", "heavy"})
    void refusesOtherWeights(String weight) {
        assertThatThrownBy(() -> load(weight)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.rule").hasMessageContaining("[0, 1]");
    }

    @Test
    void aContextGroupTakesTheNamedWordListsPatterns() throws IOException {
        Ruleset ruleset = RulesetLoader.load(ruleWithContexts("""
                wordLists:
                  topics: ["(line|電話)", "口座"]
                """, """
                    near:
                      - window: 20
                        list: topics
                    unless:
                      - window: 5
                        patterns: ["ませんか"]
                        list: topics
                """));
        Rule rule = ruleset.rules().get(0);
        assertThat(rule.near()).singleElement().satisfies(c -> {
            assertThat(c.window()).isEqualTo(20);
            assertThat(c.patterns()).containsExactly("(line|電話)", "口座");
        });
        assertThat(rule.unless().get(0).patterns()).containsExactly("ませんか", "(line|電話)", "口座");
    }

    @Test
    void anUnknownWordListIsRefused() {
        assertThatThrownBy(() -> RulesetLoader.load(ruleWithContexts("", """
                    near:
                      - window: 20
                        list: topics
                """))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.rule").hasMessageContaining("topics");
    }

    /** A ruleset of one rule with the given top-level {@code wordLists} block and context groups. */
    private static ByteArrayInputStream ruleWithContexts(String wordLists, String contexts) {
        String yaml = "version: \"test\"\n" + wordLists + """
                rules:
                  - id: t.rule
                    category: OTHER
                    weight: 1
                    description: a rule
                    patterns: ["お控えください"]
                """ + contexts;
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
