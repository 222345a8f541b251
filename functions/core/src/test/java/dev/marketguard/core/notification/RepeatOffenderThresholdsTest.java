package dev.marketguard.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.notification.RepeatOffenderThresholds.Crossing;
import dev.marketguard.core.notification.RepeatOffenderThresholds.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatOffenderThresholdsTest {

    @Test
    void defaultIsThreeForAWarningAndFiveForASuspensionReview() {
        assertThat(RepeatOffenderThresholds.parse(null)).isEqualTo(RepeatOffenderThresholds.DEFAULT);
        assertThat(RepeatOffenderThresholds.parse(" 5, 3 ").values()).containsExactly(3L, 5L);
        assertThat(RepeatOffenderThresholds.DEFAULT.crossedBetween(2, 3)).containsExactly(new Crossing(3, Stage.WARNING_REVIEW));
        assertThat(RepeatOffenderThresholds.DEFAULT.crossedBetween(4, 5)).containsExactly(new Crossing(5, Stage.SUSPENSION_REVIEW));
    }

    @Test
    void onlyACountThatReachesAThresholdCrossesIt() {
        RepeatOffenderThresholds thresholds = RepeatOffenderThresholds.DEFAULT;
        assertThat(thresholds.crossedBetween(0, 1)).isEmpty();
        assertThat(thresholds.crossedBetween(1, 2)).isEmpty();
        assertThat(thresholds.crossedBetween(3, 4)).isEmpty();
        assertThat(thresholds.crossedBetween(5, 6)).isEmpty();
        assertThat(thresholds.crossedBetween(3, 3)).isEmpty();
        assertThat(thresholds.crossedBetween(2, 7)).extracting(Crossing::threshold).containsExactly(3L, 5L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3,x", "0,3", "-1", "3;5"})
    void rejectsBadConfiguration(String text) {
        assertThatThrownBy(() -> RepeatOffenderThresholds.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
