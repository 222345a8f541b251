package dev.marketguard.core.monthly;

import dev.marketguard.core.category.ViolationCategory;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes the breakdown in the style of the committee's notice (品質向上委員会からのお知らせ,
 * section 違反内訳): the heading "違反内訳(2018年 12月)", then each category in the notice's
 * order with its count, the change from the month before, and the committee's description.
 */
public final class NoticeWriter {
    /** The notice's ※ remarks: they say what is NOT a violation, so readers are not misled. */
    private static final Map<ViolationCategory, String> REMARKS = new EnumMap<>(Map.of(
            ViolationCategory.DIRECT_TRADING, "※エスクロー後の連絡先交換については問題ありません(プロジェクト方式)。",
            ViolationCategory.UNPAID_SAMPLE_REQUEST, "※サンプル・トライアル分の報酬が設定されている場合は問題ありません。"));

    /** "違反内訳(2018年 12月)": the notice writes the month unpadded, after a space. */
    public static String heading(YearMonth month) {
        return "違反内訳(" + month.getYear() + "年 " + month.getMonthValue() + "月)";
    }

    /**
     * The notice for {@code month}; {@code previous} holds the counts of the month before.
     * {@code inProgress} marks a preview of the current month, whose counts are not final.
     */
    public String write(YearMonth month, Breakdown counts, Breakdown previous, boolean inProgress) {
        YearMonth before = month.minusMonths(1);
        StringBuilder text = new StringBuilder();
        text.append(heading(month)).append('\n');
        text.append("集計期間: ").append(month.getYear()).append('年').append(month.getMonthValue()).append("月1日 0:00 〜 ")
                .append(month.getMonthValue()).append('月').append(month.lengthOfMonth()).append("日 23:59(日本時間)")
                .append('\n');
        text.append("前月比は").append(before.getYear()).append('年').append(before.getMonthValue()).append("月との比較です。")
                .append('\n');
        if (inProgress) {
            text.append("※集計中の速報値です。月末までの件数は翌月1日に確定します。").append('\n');
        }
        for (ViolationCategory category : ViolationCategory.values()) {
            text.append('\n');
            text.append(category.label()).append(' ').append(count(counts.count(category)))
                    .append("(前月比 ").append(change(counts.count(category), previous.count(category))).append(")\n");
            text.append(category.description()).append('\n');
            String remark = REMARKS.get(category);
            if (remark != null) {
                text.append(remark).append('\n');
            }
        }
        text.append('\n');
        text.append("合計 ").append(count(counts.total()))
                .append("(前月比 ").append(change(counts.total(), previous.total())).append(')');
        return text.toString();
    }

    static String count(long n) {
        return String.format("%,d件", n);
    }

    /** "+3件", "-2件", "±0件". */
    static String change(long now, long before) {
        long delta = now - before;
        if (delta == 0) {
            return "±0件";
        }
        return (delta > 0 ? "+" : "-") + count(Math.abs(delta));
    }
}
