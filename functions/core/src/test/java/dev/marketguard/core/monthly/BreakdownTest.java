package dev.marketguard.core.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.category.ViolationCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownTest {
    @Test
    void hasAllSevenCategoriesInTheNoticesOrderWithZerosAndATotal() {
        Breakdown breakdown = Breakdown.of(Map.of(OTHER, 4L, DIRECT_TRADING, 9L));

        assertThat(breakdown.counts().keySet()).containsExactly(ViolationCategory.values());
        assertThat(breakdown.counts().values()).containsExactly(0L, 0L, 0L, 9L, 0L, 0L, 4L);
        assertThat(breakdown.total()).isEqualTo(13);
        assertThat(breakdown.largest()).isEqualTo(9);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> Breakdown.of(Map.of(OTHER, -1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDigestChangesWithAnyCountAndOnlyThen() {
        String digest = Breakdown.of(Map.of(DIRECT_TRADING, 9L)).digest();

        assertThat(Breakdown.of(Map.of(DIRECT_TRADING, 9L, OTHER, 0L)).digest()).isEqualTo(digest);
        assertThat(Breakdown.of(Map.of(DIRECT_TRADING, 10L)).digest()).isNotEqualTo(digest);
        assertThat(Breakdown.of(Map.of(OTHER, 9L)).digest()).isNotEqualTo(digest);
        assertThat(digest).matches("sha256:[0-9a-f]{64}");
    }
}
