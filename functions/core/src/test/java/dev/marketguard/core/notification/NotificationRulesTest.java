package dev.marketguard.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.notification.SupportEvent.MonthlyReportPublished;
import dev.marketguard.core.notification.SupportEvent.OffenderCountChanged;
import dev.marketguard.core.notification.SupportEvent.ReportReceived;
import dev.marketguard.core.notification.SupportEvent.ScreeningFlagged;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationRulesTest {
    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z"); // 19:00 JST
    private final NotificationRules rules = new NotificationRules(RepeatOffenderThresholds.DEFAULT);

    static ScreeningFlagged screening(SubjectType type, Decision decision, Violation... violations) {
        return new ScreeningFlagged("s-1", new Subject(type, type == SubjectType.POSTING ? "p-123" : "m-1"), "u-9", decision,
                List.of(violations), List.of(new Warning("REMOTE_DESKTOP_REQUEST", "…")),
                type == SubjectType.MESSAGE ? Phase.BEFORE_CONTRACT : null, "2026.11", AT);
    }

    static Violation phone() {
        String body = "連絡は090-1234-5678まで";
        return new Violation(ViolationCategory.DIRECT_TRADING, "contact.phone", 0.97, List.of(Evidence.of("body", body, 3, 16)));
    }

    static ReportReceived report(ReportCategory category, boolean highPriority, String detail) {
        return new ReportReceived("r-1", "u-5", Subject.posting("p-123"), category, detail, AT, highPriority, highPriority ? 5 : 1);
    }

    private Notification only(SupportEvent event) {
        List<Notification> notifications = rules.notificationsFor("evt-1", event);
        assertThat(notifications).hasSize(1);
        return notifications.get(0);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "POSTING, BLOCK,  POSTING_BLOCKED,      MEDIUM",
            "POSTING, REVIEW, POSTING_NEEDS_REVIEW, HIGH",
            "MESSAGE, BLOCK,  MESSAGE_BLOCKED,      MEDIUM",
            "MESSAGE, REVIEW, MESSAGE_NEEDS_REVIEW, HIGH",
    })
    void screeningVerdictsMapToKindAndSeverity(SubjectType type, Decision decision, NotificationKind kind, Severity severity) {
        Notification n = only(screening(type, decision, phone()));
        assertThat(n.kind()).isEqualTo(kind);
        assertThat(n.severity()).isEqualTo(severity);
        assertThat(n.category()).isEqualTo("DIRECT_TRADING");
        assertThat(n.key()).isEqualTo(DeliveryKey.forSourceRecord("evt-1"));
    }

    @Test
    void allowVerdictsNeedNobody() {
        assertThat(rules.notificationsFor("evt-1", screening(SubjectType.POSTING, Decision.ALLOW))).isEmpty();
    }

    @Test
    void blockedPostingSaysWhatWhichTargetWhichCategoryAndWhyWithContactsMasked() {
        Notification n = only(screening(SubjectType.POSTING, Decision.BLOCK, phone()));
        assertThat(n.subject()).isEqualTo("【中】仕事依頼を自動ブロック: 直接取引 (p-123)");
        assertThat(n.summary()).isEqualTo("""
                仕事依頼 p-123 を自動でブロックしました(非表示)。
                対象: 仕事依頼 p-123(投稿者 u-9)
                カテゴリ: 直接取引
                理由:
                ・直接取引 contact.phone(スコア 0.97) 本文「090-****-5678」
                注意喚起: REMOTE_DESKTOP_REQUEST
                対応: 誤検知でないか確認し、投稿者へ修正依頼またはアドバイスメールを送ってください。
                スクリーニングID: s-1(判定 2026-11-28 19:00 JST、ルールセット 2026.11)""");
        assertThat(n.details()).containsEntry("screeningId", "s-1").containsEntry("authorId", "u-9").containsEntry("decision", "block");
        assertThat(n.details().toString()).contains("090-****-5678").doesNotContain("1234");
    }

    @Test
    void contactDetailsTheEngineMarksWithoutTheirCueAreMaskedToo() {
        // the engine's evidence for "LINE ID: taro_1988" is "LINE" and "taro_1988", two spans
        String body = "LINE ID: taro_1988 か t a r o @ e x a m p l e . c o m まで";
        Violation contact = new Violation(ViolationCategory.DIRECT_TRADING, "contact.messenger", 0.95, List.of(
                Evidence.of("body", body, 0, 4), Evidence.of("body", body, 9, 18), Evidence.of("body", body, 21, 52)));
        Notification n = only(screening(SubjectType.POSTING, Decision.BLOCK, contact));
        assertThat(n.summary()).contains("・直接取引 contact.messenger(スコア 0.95) 本文「LINE」 本文「t***」");
        assertThat(n.details().toString()).contains("maskedText=LINE", "maskedText=t***")
                .doesNotContain("taro_1988", "t a r o");
        assertThat(n.summary()).doesNotContain("taro_1988", "t a r o");
    }

    @Test
    void primaryCategoryIsTheHighestScore() {
        Violation reward = new Violation(ViolationCategory.UNCERTAIN_REWARD, "reward.commission", 0.99, List.of());
        assertThat(only(screening(SubjectType.POSTING, Decision.REVIEW, phone(), reward)).category()).isEqualTo("UNCERTAIN_REWARD");
        assertThat(only(screening(SubjectType.POSTING, Decision.REVIEW)).category()).isEqualTo("OTHER");
    }

    @Test
    void messageReviewNamesTheSenderAndThePhase() {
        Notification n = only(screening(SubjectType.MESSAGE, Decision.REVIEW, phone()));
        assertThat(n.subject()).isEqualTo("【高】メッセージの審査待ち: 直接取引 (m-1)");
        assertThat(n.summary()).startsWith("メッセージ m-1 が審査待ちです(レビューキュー)。\n対象: メッセージ m-1(送信者 u-9、契約前)");
        assertThat(n.details()).containsEntry("phase", "before_contract");
    }

    @Test
    void fraudReportsAreUrgent() {
        Notification n = only(report(ReportCategory.FRAUD, false, "前払いしたのに連絡が取れません"));
        assertThat(n.kind()).isEqualTo(NotificationKind.REPORT_RECEIVED);
        assertThat(n.severity()).isEqualTo(Severity.URGENT);
        assertThat(n.category()).isEqualTo("FRAUD");
        assertThat(n.subject()).isEqualTo("【緊急】違反申告: 詐欺被害 (仕事依頼 p-123)");
        assertThat(n.summary()).contains("詐欺被害の申告です。至急");
    }

    @Test
    void targetsReportedManyTimesAreUrgentOtherReportsMedium() {
        assertThat(only(report(ReportCategory.DIRECT_TRADING, true, "")).severity()).isEqualTo(Severity.URGENT);
        assertThat(only(report(ReportCategory.DIRECT_TRADING, true, "")).summary()).contains("同じ対象への本日の申告: 5件(優先度: 高)");
        assertThat(only(report(ReportCategory.DIRECT_TRADING, false, "")).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(only(report(ReportCategory.INTELLECTUAL_PROPERTY, false, "")).severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void reportDetailReachesSupportMaskedAndShort() {
        Notification n = only(report(ReportCategory.DIRECT_TRADING, false,
                "相手から LINE ID: taro88 と 090-1234-5678、taro@example.com に連絡するよう言われました。" + "詳細。".repeat(100)));
        String excerpt = (String) n.details().get("detailExcerpt");
        assertThat(excerpt).startsWith("相手から LINE ID: t*** と 090-****-5678、t***@example.com に連絡するよう言われました。")
                .hasSize(NotificationRules.DETAIL_EXCERPT_LENGTH).endsWith("…");
        assertThat(n.summary()).contains("申告内容: 「" + excerpt + "」").doesNotContain("taro88", "1234", "taro@");
        assertThat(n.details()).containsEntry("reporterId", "u-5").containsEntry("priority", "normal");
    }

    @Test
    void repeatOffenderNotifiesOncePerThresholdCrossed() {
        OffenderCountChanged third = new OffenderCountChanged("u-9", 2, 3, ViolationCategory.DIRECT_TRADING, Subject.posting("p-123"), AT);
        Notification n = only(third);
        assertThat(n.kind()).isEqualTo(NotificationKind.REPEAT_OFFENDER);
        assertThat(n.severity()).isEqualTo(Severity.HIGH);
        assertThat(n.key()).isEqualTo(DeliveryKey.forThresholdCrossing("u-9", 3));
        assertThat(n.key().rememberFor()).isNull();
        assertThat(n.subject()).isEqualTo("【高】常習違反: ユーザー u-9 の違反が3件 (警告の検討)");
        assertThat(n.summary()).contains("直近の違反: 直接取引(仕事依頼 p-123)").contains("警告表示の要否");

        OffenderCountChanged fifth = new OffenderCountChanged("u-9", 4, 5, ViolationCategory.OTHER, null, AT);
        assertThat(only(fifth).subject()).endsWith("(利用停止の検討)");
        assertThat(rules.notificationsFor("evt-2", new OffenderCountChanged("u-9", 3, 4, ViolationCategory.OTHER, null, AT))).isEmpty();
        assertThat(rules.notificationsFor("evt-3", new OffenderCountChanged("u-9", 0, 1, ViolationCategory.OTHER, null, AT))).isEmpty();
    }

    @Test
    void monthlyReportNotifiesOnlyWhenPublishedAtChanges() {
        Map<ViolationCategory, Long> counts = new EnumMap<>(ViolationCategory.class);
        counts.put(ViolationCategory.MULTI_LEVEL_MARKETING, 12L);
        counts.put(ViolationCategory.DIRECT_TRADING, 45L);
        Instant published = Instant.parse("2018-12-31T15:10:00Z");
        Notification n = only(new MonthlyReportPublished(YearMonth.of(2018, 12), 57, counts, published, null));
        assertThat(n.kind()).isEqualTo(NotificationKind.MONTHLY_REPORT_PUBLISHED);
        assertThat(n.severity()).isEqualTo(Severity.LOW);
        assertThat(n.category()).isNull();
        assertThat(n.subject()).isEqualTo("【低】違反内訳(2018年12月)を公開しました");
        assertThat(n.summary()).startsWith("2018年12月の違反内訳を公開しました(合計 57件)。\n内訳: マルチ商法 12件、外部規約違反 0件、")
                .contains("公開: 2019-01-01 00:10 JST");

        assertThat(rules.notificationsFor("evt-2", new MonthlyReportPublished(YearMonth.of(2018, 12), 57, counts, published, published))).isEmpty();
        assertThat(only(new MonthlyReportPublished(YearMonth.of(2018, 12), 57, counts, published.plusSeconds(60), published)).summary())
                .contains("再公開");
    }

    @Test
    void subjectsStayUnderSnsLimitWhateverTheIds() {
        ScreeningFlagged longId = new ScreeningFlagged("s-1", Subject.posting("p-" + "9".repeat(200)), "u-9", Decision.BLOCK,
                List.of(phone()), List.of(), null, null, AT);
        assertThat(only(longId).subject()).hasSize(Notification.MAX_SUBJECT_LENGTH).endsWith("…");
    }
}
