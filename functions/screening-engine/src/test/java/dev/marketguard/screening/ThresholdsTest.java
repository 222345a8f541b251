package dev.marketguard.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void defaultsWhenUnset() {
        assertThat(Thresholds.fromEnvironment(Map.of())).isEqualTo(new Thresholds(0.5, 0.85));
    }

    @Test
    void readsBothVariables() {
        assertThat(Thresholds.fromEnvironment(Map.of("REVIEW_THRESHOLD", "0.4", "BLOCK_THRESHOLD", " 0.9 ")))
                .isEqualTo(new Thresholds(0.4, 0.9));
    }

    @Test
    void rejectsNonNumbers() {
        assertThatThrownBy(() -> Thresholds.fromEnvironment(Map.of("REVIEW_THRESHOLD", "high")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REVIEW_THRESHOLD");
        assertThatThrownBy(() -> Thresholds.fromEnvironment(Map.of("BLOCK_THRESHOLD", "NaN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BLOCK_THRESHOLD");
    }

    @Test
    void rejectsOutOfRangeAndInvertedThresholds() {
        assertThatThrownBy(() -> Thresholds.fromEnvironment(Map.of("REVIEW_THRESHOLD", "0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Thresholds.fromEnvironment(Map.of("BLOCK_THRESHOLD", "1.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Thresholds.fromEnvironment(Map.of("REVIEW_THRESHOLD", "0.9", "BLOCK_THRESHOLD", "0.6")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not exceed");
    }
}
