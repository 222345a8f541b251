package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule's weight is its score in [0, 1]; 0 is a topic marker, anything outside is refused at load. */
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
}
