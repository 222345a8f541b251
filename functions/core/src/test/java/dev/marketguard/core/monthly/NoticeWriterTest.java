package dev.marketguard.core.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.MULTI_LEVEL_MARKETING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static dev.marketguard.core.category.ViolationCategory.UNCERTAIN_REWARD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeWriterTest {
    private final NoticeWriter writer = new NoticeWriter();
    private final Breakdown december = Breakdown.of(Map.of(MULTI_LEVEL_MARKETING, 12L, DIRECT_TRADING, 20L, OTHER, 2L));
    private final Breakdown november = Breakdown.of(Map.of(MULTI_LEVEL_MARKETING, 9L, DIRECT_TRADING, 20L, OTHER, 4L, UNCERTAIN_REWARD, 1L));

    @Test
    void startsWithTheCommitteesHeading() {
        String notice = writer.write(YearMonth.of(2018, 12), december, november, false);

        assertThat(notice.lines().findFirst()).contains("違反内訳(2018年 12月)");
        assertThat(NoticeWriter.heading(YearMonth.of(2019, 1))).isEqualTo("違反内訳(2019年 1月)");
        assertThat(notice).contains("集計期間: 2018年12月1日 0:00 〜 12月31日 23:59(日本時間)")
                .contains("前月比は2018年11月との比較です。");
    }

    @Test
    void listsEveryCategoryInTheNoticesOrderWithLabelDescriptionCountAndChange() {
        String notice = writer.write(YearMonth.of(2018, 12), december, november, false);

        int previous = -1;
        for (ViolationCategory category : ViolationCategory.values()) {
            int at = notice.indexOf("\n" + category.label() + " ");
            assertThat(at).as(category.name()).isGreaterThan(previous);
            assertThat(notice.indexOf(category.description(), at)).as(category.name()).isGreaterThan(at);
            previous = at;
        }
        assertThat(notice)
                .contains("マルチ商法 12件(前月比 +3件)\n")
                .contains("直接取引 20件(前月比 ±0件)\n")
                .contains("報酬不確定 0件(前月比 -1件)\n")
                .contains("外部規約違反 0件(前月比 ±0件)\n")
                .contains("その他 2件(前月比 -2件)\n")
                .endsWith("合計 34件(前月比 ±0件)");
    }

    @Test
    void keepsTheNoticesRemarksOnWhatIsAllowed() {
        String notice = writer.write(YearMonth.of(2018, 12), december, november, false);

        assertThat(notice).contains(DIRECT_TRADING.description() + "\n※エスクロー後の連絡先交換については問題ありません(プロジェクト方式)。")
                .contains("※サンプル・トライアル分の報酬が設定されている場合は問題ありません。");
    }

    @Test
    void groupsThousandsAndMarksAMonthInProgress() {
        String notice = writer.write(YearMonth.of(2019, 1), Breakdown.of(Map.of(OTHER, 10_000L)), Breakdown.empty(), true);

        assertThat(notice).contains("その他 10,000件(前月比 +10,000件)").contains("※集計中の速報値です。");
        assertThat(writer.write(YearMonth.of(2019, 1), december, november, false)).doesNotContain("集計中");
    }
}
