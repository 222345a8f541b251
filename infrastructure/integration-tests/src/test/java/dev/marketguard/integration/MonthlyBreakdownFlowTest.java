package dev.marketguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import dev.marketguard.functions.monthly.MonthlyReportHandler;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Flow 2: a review verdict that staff confirm (posting-screening) and a violation report that
 * support confirm (violation-report-intake) both count in the month's breakdown; the monthly run
 * (monthly-report) builds it from the ViolationsTable's counters, publishes it once to
 * MonthlyReportTopic and serves it; the MonthlyReportsTable stream drives one
 * {@code monthly_report_published} support notification.
 */
@EmulatorTest
class MonthlyBreakdownFlowTest {
    private static final List<String> CATEGORIES = List.of("MULTI_LEVEL_MARKETING", "EXTERNAL_TERMS_VIOLATION",
            "STEALTH_MARKETING", "DIRECT_TRADING", "UNCERTAIN_REWARD", "UNPAID_SAMPLE_REQUEST", "OTHER");
    private static final List<String> LABELS = List.of("マルチ商法", "外部規約違反", "ステルスマーケティング", "直接取引",
            "報酬不確定", "サンプル・トライアルの無償要求", "その他");

    @Test
    void confirmedReviewsAndReportsMakeTheMonthsBreakdownPublishedOnceAndAnnouncedToSupport(DeployedStack stack) {
        Marketplace market = new Marketplace(stack);
        market.tap("MonthlyReportsTable");
        SqsInbox committee = stack.subscribeQueue("MonthlyReportTopic", null);
        SqsInbox support = stack.subscribeQueue("SupportTopic", null);

        // posting-screening: two verdicts wait for staff; one is confirmed, one found clean
        JsonNode trial = market.screenPosting("p-201", "c-21", "記事作成",
                "いきなり10本は不安なので、最初に1本だけ書いてもらって判断したいです", "project");
        JsonNode adShare = market.screenPosting("p-202", "c-22", "ブログ記事作成", "報酬は書いた記事についた広告収入の70%!", "project");
        assertThat(trial.get("decision").asText()).isEqualTo("review");
        assertThat(adShare.get("decision").asText()).isEqualTo("review");
        JsonNode confirmed = market.review(trial.get("screeningId").asText(), decision("violation", "staff-1"));
        JsonNode cleared = market.review(adShare.get("screeningId").asText(), decision("clean", "staff-2"));
        assertThat(confirmed.get("established")).isEqualTo(Marketplace.json("[{\"category\":\"UNPAID_SAMPLE_REQUEST\",\"counted\":true}]"));
        assertThat(cleared.get("established")).isEmpty();

        // violation-report-intake: a fraud report confirmed (counts as OTHER), another dismissed
        String fraud = market.fileReport("u-5", "user", "u-66", "FRAUD", "仮払い前に直接振り込むよう求められました。");
        String hearsay = market.fileReport("u-6", "posting", "p-203", "DIRECT_TRADING", "LINEで連絡するよう書かれています。");
        JsonNode resolved = market.resolveReport(fraud, Marketplace.JSON.createObjectNode()
                .put("outcome", "confirmed").put("category", "FRAUD").put("resolverId", "staff-12"));
        market.resolveReport(hearsay, Marketplace.JSON.createObjectNode().put("outcome", "dismissed").put("resolverId", "staff-12"));

        YearMonth month = monthOf(confirmed.get("review").get("reviewedAt"));
        Assumptions.assumeTrue(month.equals(monthOf(resolved.get("resolvedAt"))),
                "the review and the resolution fell on both sides of a JST month boundary; run again");
        String yyyyMm = JstCalendar.format(month);

        // the scheduled run for the month, at 00:10 JST on the 1st of the next
        MonthlyReportHandler monthly = market.monthlyReportAt(Marketplace.firstOfMonthAfter(month));
        JsonNode run = market.invoke(monthly, Marketplace.JSON.createObjectNode().put("month", yyyyMm));
        assertThat(run.get("month").asText()).isEqualTo(yyyyMm);
        assertThat(run.get("total").asLong()).isEqualTo(2);
        assertThat(run.get("published").asBoolean()).isTrue();

        JsonNode page = market.invoke(monthly, Marketplace.monthlyReportRequest(month));
        assertThat(page.get("statusCode").asInt()).isEqualTo(200);
        JsonNode report = Marketplace.json(page.get("body").asText());
        assertThat(report.get("month").asText()).isEqualTo(yyyyMm);
        assertThat(report.get("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(report.get("total").asLong()).isEqualTo(2);
        assertThat(report.get("categories")).extracting(c -> c.get("category").asText()).containsExactlyElementsOf(CATEGORIES);
        assertThat(report.get("categories")).extracting(c -> c.get("label").asText()).containsExactlyElementsOf(LABELS);
        assertThat(report.get("categories")).extracting(c -> c.get("count").asLong()).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(report.get("notice").asText()).startsWith("違反内訳(" + month.getYear() + "年 " + month.getMonthValue() + "月)");

        List<JsonNode> published = new ArrayList<>(committee.await(1, Duration.ofSeconds(20)));
        // re-running the month is safe: same counts, nothing published again
        JsonNode rerun = market.invoke(monthly, Marketplace.JSON.createObjectNode().put("month", yyyyMm));
        assertThat(rerun.get("published").asBoolean()).isFalse();
        published.addAll(committee.drain(Duration.ofMillis(500)));
        assertThat(published).singleElement().satisfies(envelope -> {
            assertThat(Marketplace.attributes(envelope)).containsEntry("month", yyyyMm).containsEntry("countsDigest", run.get("countsDigest").asText());
            assertThat(Marketplace.document(envelope)).as("the topic carries the report the API serves").isEqualTo(report);
        });

        // the MonthlyReportsTable stream -> the notifier: one notice, however often the item changed
        Marketplace.Delivery delivery = market.deliverStream("MonthlyReportsTable");
        assertThat(delivery.read()).as("the item as first saved, before publication")
                .anySatisfy(r -> assertThat(r.dynamodb().newImage()).doesNotContainKey("publishedAt"));
        assertThat(delivery.delivered()).as("the template's filter passes the changes carrying publishedAt: published, re-run")
                .hasSize(2).allSatisfy(r -> assertThat(r.dynamodb().newImage()).containsKey("publishedAt"));
        List<JsonNode> notices = new ArrayList<>(support.await(1, Duration.ofSeconds(20)));
        notices.addAll(support.drain(Duration.ofMillis(500)));
        assertThat(notices).singleElement().satisfies(envelope -> {
            assertThat(Marketplace.attributes(envelope)).isEqualTo(Map.of("kind", "monthly_report_published", "severity", "low"));
            assertThat(envelope.path("Subject").asText())
                    .isEqualTo("【低】違反内訳(" + month.getYear() + "年" + month.getMonthValue() + "月)を公開しました");
            JsonNode details = Marketplace.document(envelope).path("details");
            assertThat(details.path("month").asText()).isEqualTo(yyyyMm);
            assertThat(details.path("total").asLong()).isEqualTo(2);
            assertThat(details.path("categories")).extracting(c -> c.path("count").asLong()).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
            assertThat(details.path("previousPublishedAt").isNull()).isTrue();
        });
    }

    private static ObjectNode decision(String outcome, String reviewerId) {
        return Marketplace.JSON.createObjectNode().put("outcome", outcome).put("reviewerId", reviewerId);
    }

    private static YearMonth monthOf(JsonNode time) {
        return JstCalendar.monthOf(OffsetDateTime.parse(time.asText()).toInstant());
    }
}
