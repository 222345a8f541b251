package dev.marketguard.core.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.MULTI_LEVEL_MARKETING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MonthlyReportPageTest {
    private static final Pattern BAR = Pattern.compile("<g data-category=\"([A-Z_]+)\">.*?(?:<rect [^>]*width=\"(\\d+)\"[^>]*/>)?<text x=\"\\d+\" y=\"\\d+\">([^<]*)</text></g>");

    private static MonthlyReport report(Breakdown breakdown, String notice) {
        return MonthlyReport.unpublished(YearMonth.of(2018, 12), breakdown, Instant.parse("2018-12-31T15:10:00Z"), notice);
    }

    private static Map<ViolationCategory, Integer> barWidths(String html) {
        Map<ViolationCategory, Integer> widths = new EnumMap<>(ViolationCategory.class);
        Matcher m = BAR.matcher(html);
        while (m.find()) {
            widths.put(ViolationCategory.valueOf(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        return widths;
    }

    @Test
    void drawsOneBarPerCategoryProportionalToItsCount() {
        Breakdown breakdown = Breakdown.of(Map.of(MULTI_LEVEL_MARKETING, 12L, DIRECT_TRADING, 20L, OTHER, 5L));

        String html = MonthlyReportPage.render(report(breakdown, "notice"));

        Map<ViolationCategory, Integer> widths = barWidths(html);
        assertThat(widths.keySet()).containsExactly(ViolationCategory.values());
        assertThat(widths.get(DIRECT_TRADING)).isEqualTo(MonthlyReportPage.BAR_AREA_WIDTH);
        assertThat(widths.get(MULTI_LEVEL_MARKETING)).isEqualTo(252);   // 420 * 12 / 20
        assertThat(widths.get(OTHER)).isEqualTo(105);                   // 420 * 5 / 20
        assertThat(widths.get(ViolationCategory.STEALTH_MARKETING)).isZero();
        assertThat(html).contains(">直接取引</text>").contains(">20件</text>").contains(">0件</text>");
    }

    @Test
    void aMonthWithoutViolationsDrawsNoBars() {
        String html = MonthlyReportPage.render(report(Breakdown.empty(), "notice"));

        assertThat(html).doesNotContain("<rect").contains("合計 0件");
        assertThat(barWidths(html)).hasSize(7).allSatisfy((category, width) -> assertThat(width).isZero());
    }

    @Test
    void escapesTheText() {
        String html = MonthlyReportPage.render(report(Breakdown.empty(), "<script>alert(\"x\")</script> & 'q'"));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
    }

    @Test
    void isSelfContained() {
        String html = MonthlyReportPage.render(report(Breakdown.of(Map.of(OTHER, 1L)), new NoticeWriter()
                .write(YearMonth.of(2018, 12), Breakdown.of(Map.of(OTHER, 1L)), Breakdown.empty(), false)));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>")
                .contains("<svg ").contains("<title>違反内訳(2018年 12月)</title>")
                .contains("作成 2019-01-01 00:10:00 (Asia/Tokyo)")
                .doesNotContain("<script").doesNotContain(" src=").doesNotContain(" href=")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("<link");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:");
    }
}
