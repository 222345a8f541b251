package dev.marketguard.core.monthly;

import dev.marketguard.core.category.ViolationCategory;
import java.time.format.DateTimeFormatter;

/**
 * The report as a self-contained HTML page: the notice and a horizontal bar chart of the seven
 * categories in inline SVG. No scripts, fonts, images or style sheets are fetched (the page is
 * served behind IAM auth and may be saved and mailed around), and every text is escaped.
 */
public final class MonthlyReportPage {
    /** The bars' fill; nothing else on the page uses it, so a screenshot can find the bars. */
    public static final String BAR_COLOUR = "#2e6fd8";
    /** Longest bar, in CSS pixels; the others are proportional to their counts. */
    public static final int BAR_AREA_WIDTH = 420;
    public static final int ROW_HEIGHT = 34;
    public static final int BAR_HEIGHT = 22;
    public static final int LABEL_WIDTH = 250;

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private MonthlyReportPage() {
    }

    public static String render(MonthlyReport report) {
        String heading = NoticeWriter.heading(report.month());
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n")
                .append("<style>\n")
                .append("body{margin:24px;font-family:system-ui,\"Hiragino Sans\",\"Noto Sans CJK JP\",\"Yu Gothic\",sans-serif;")
                .append("color:#1d2430;background:#ffffff;line-height:1.6}\n")
                .append("h1{font-size:22px;margin:0 0 4px}\n")
                .append(".meta{color:#5b6472;font-size:13px;margin:0 0 16px}\n")
                .append(".chart{display:block;margin:0 0 20px}\n")
                .append(".chart text{font-size:13px;fill:#1d2430}\n")
                .append(".notice{white-space:pre-wrap;font-size:14px;border-top:1px solid #d7dce3;padding-top:12px;max-width:860px}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(heading)).append("</h1>\n");
        html.append("<p class=\"meta\">合計 ").append(escape(NoticeWriter.count(report.total())))
                .append(" ・ 作成 ").append(escape(GENERATED.format(report.generatedAtInTokyo()))).append(" (")
                .append(escape(MonthlyReport.TIME_ZONE)).append(")</p>\n");
        appendChart(html, report.breakdown(), heading);
        html.append("<div class=\"notice\">").append(escape(report.notice())).append("</div>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** One row per category, in the notice's order; zero counts get no bar, only their figure. */
    private static void appendChart(StringBuilder html, Breakdown breakdown, String heading) {
        int rows = ViolationCategory.values().length;
        int width = LABEL_WIDTH + 10 + BAR_AREA_WIDTH + 90;
        int height = rows * ROW_HEIGHT + 8;
        long largest = breakdown.largest();
        html.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"chart-title\">\n");
        html.append("<title id=\"chart-title\">").append(escape(heading)).append(" カテゴリ別件数</title>\n");
        // The axis first, so the bars are drawn over it and keep their colour to the first pixel.
        html.append("<line x1=\"").append(LABEL_WIDTH + 10).append("\" y1=\"2\" x2=\"").append(LABEL_WIDTH + 10)
                .append("\" y2=\"").append(height - 2).append("\" stroke=\"#8a94a3\" stroke-width=\"1\"/>\n");
        int row = 0;
        for (ViolationCategory category : ViolationCategory.values()) {
            long count = breakdown.count(category);
            int top = 4 + row * ROW_HEIGHT;
            int barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            int barWidth = barWidth(count, largest);
            int textY = barTop + BAR_HEIGHT / 2 + 5;
            html.append("<g data-category=\"").append(category.name()).append("\">");
            html.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(escape(category.label())).append("</text>");
            if (barWidth > 0) {
                html.append("<rect x=\"").append(LABEL_WIDTH + 10).append("\" y=\"").append(barTop)
                        .append("\" width=\"").append(barWidth).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\" fill=\"").append(BAR_COLOUR).append("\" shape-rendering=\"crispEdges\"/>");
            }
            html.append("<text x=\"").append(LABEL_WIDTH + 10 + barWidth + 6).append("\" y=\"").append(textY).append("\">")
                    .append(escape(NoticeWriter.count(count))).append("</text>");
            html.append("</g>\n");
            row++;
        }
        html.append("</svg>\n");
    }

    /** Whole CSS pixels, proportional to the largest count; at least one pixel for any non-zero count. */
    public static int barWidth(long count, long largest) {
        if (count <= 0 || largest <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) BAR_AREA_WIDTH * count / largest));
    }

    /** Text and attribute values: the five characters that can change HTML's meaning. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
