package dev.marketguard.core.notification;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.notification.RepeatOffenderThresholds.Crossing;
import dev.marketguard.core.notification.RepeatOffenderThresholds.Stage;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Decides which notifications an event calls for, how severe they are, and writes them: a
 * Japanese subject and summary for people, the same facts as {@code details} for tools. Contact
 * details are masked here, so nothing downstream ever sees them in the clear.
 *
 * <p>Severity: FRAUD reports and reports on a target reported many times that day (priority
 * high) are urgent; review verdicts and repeat offenders high (nothing has been done yet); block
 * verdicts and other reports medium (the system acted, or the report waits in the normal
 * queue); the monthly report low.
 */
public final class NotificationRules {
    /** How much of a report's free text reaches support (masked): enough to judge, not the whole story. */
    public static final int DETAIL_EXCERPT_LENGTH = 200;
    /** Evidence quoted per violation; the rest is in the review screen. */
    public static final int EVIDENCE_PER_VIOLATION = 3;

    private static final DateTimeFormatter JST_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'JST'", Locale.ROOT)
            .withZone(JstCalendar.TOKYO);

    private final RepeatOffenderThresholds thresholds;

    public NotificationRules(RepeatOffenderThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public RepeatOffenderThresholds thresholds() {
        return thresholds;
    }

    /**
     * The notifications {@code event} calls for, possibly none.
     *
     * @param sourceRecordId identifies where the event came from (a stream record's eventID): the
     *                       delivery key of notifications that happen once per source record
     */
    public List<Notification> notificationsFor(String sourceRecordId, SupportEvent event) {
        if (event instanceof ScreeningFlagged screening) {
            return screening.decision() == Decision.ALLOW ? List.of() : List.of(screeningNotification(sourceRecordId, screening));
        }
        if (event instanceof ReportReceived report) {
            return List.of(reportNotification(sourceRecordId, report));
        }
        if (event instanceof OffenderCountChanged change) {
            return thresholds.crossedBetween(change.previousCount(), change.count()).stream()
                    .map(crossing -> repeatOffenderNotification(change, crossing))
                    .toList();
        }
        MonthlyReportPublished published = (MonthlyReportPublished) event;
        if (published.publishedAt() == null || published.publishedAt().equals(published.previousPublishedAt())) {
            return List.of();
        }
        return List.of(monthlyReportNotification(sourceRecordId, published));
    }

    // ------------------------------------------------------------------ screenings

    private Notification screeningNotification(String sourceRecordId, ScreeningFlagged e) {
        boolean message = e.subject().type() == SubjectType.MESSAGE;
        boolean block = e.decision() == Decision.BLOCK;
        NotificationKind kind = message
                ? (block ? NotificationKind.MESSAGE_BLOCKED : NotificationKind.MESSAGE_NEEDS_REVIEW)
                : (block ? NotificationKind.POSTING_BLOCKED : NotificationKind.POSTING_NEEDS_REVIEW);
        Severity severity = block ? Severity.MEDIUM : Severity.HIGH;
        ViolationCategory category = primaryCategory(e.violations());
        String target = subjectLabel(e.subject());

        String headline = block
                ? target + " を自動でブロックしました(非表示)。"
                : target + " が審査待ちです(レビューキュー)。";
        String subject = severityTag(severity) + (message ? "メッセージ" : "仕事依頼")
                + (block ? "を自動ブロック: " : "の審査待ち: ") + category.label() + " (" + e.subject().id() + ")";

        StringBuilder summary = new StringBuilder(headline).append('\n');
        summary.append("対象: ").append(target);
        List<String> about = new ArrayList<>();
        if (e.authorId() != null) {
            about.add((message ? "送信者 " : "投稿者 ") + e.authorId());
        }
        if (e.phase() != null) {
            about.add(e.phase() == Phase.AFTER_ESCROW ? "仮払い後" : "契約前");
        }
        if (!about.isEmpty()) {
            summary.append('(').append(String.join("、", about)).append(')');
        }
        summary.append('\n').append("カテゴリ: ").append(category.label()).append('\n');
        summary.append("理由:");
        if (e.violations().isEmpty()) {
            summary.append(" 違反の候補なし(注意喚起のみ)");
        }
        for (Violation v : e.violations()) {
            summary.append("\n・").append(v.category().label()).append(' ').append(v.rule())
                    .append("(スコア ").append(String.format(Locale.ROOT, "%.2f", v.score())).append(')');
            List<Evidence> quoted = v.evidence().subList(0, Math.min(EVIDENCE_PER_VIOLATION, v.evidence().size()));
            for (Evidence evidence : quoted) {
                summary.append(' ').append(fieldLabel(evidence.field())).append("「")
                        .append(ContactMasker.excerpt(masked(v, evidence), 80)).append("」");
            }
        }
        if (!e.warnings().isEmpty()) {
            summary.append('\n').append("注意喚起: ").append(String.join(", ", e.warnings().stream().map(Warning::code).toList()));
        }
        summary.append('\n').append("対応: ").append(block
                ? (message ? "誤検知でないか確認し、必要に応じて送信者へ注意喚起してください。"
                           : "誤検知でないか確認し、投稿者へ修正依頼またはアドバイスメールを送ってください。")
                : "レビューキューで内容を確認し、違反(violation)か問題なし(clean)かを判定してください。");
        summary.append('\n').append("スクリーニングID: ").append(e.screeningId())
                .append("(判定 ").append(JST_MINUTE.format(e.screenedAt()));
        if (e.rulesetVersion() != null) {
            summary.append("、ルールセット ").append(e.rulesetVersion());
        }
        summary.append(')');

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("screeningId", e.screeningId());
        details.put("target", subjectMap(e.subject()));
        details.put("authorId", e.authorId());
        details.put("decision", e.decision().code());
        if (e.phase() != null) {
            details.put("phase", e.phase().code());
        }
        details.put("violations", e.violations().stream().map(NotificationRules::violationMap).toList());
        details.put("warnings", e.warnings().stream().map(Warning::code).toList());
        details.put("rulesetVersion", e.rulesetVersion());
        details.put("screenedAt", e.screenedAt().toString());
        return new Notification(DeliveryKey.forSourceRecord(sourceRecordId), kind, severity, category.name(), category.label(),
                oneLine(subject), summary.toString(), details, e.screenedAt());
    }

    /** The highest-scoring violation's category (the first of equals); OTHER when a review carries none. */
    static ViolationCategory primaryCategory(List<Violation> violations) {
        Violation primary = null;
        for (Violation v : violations) {
            if (primary == null || v.score() > primary.score()) {
                primary = v;
            }
        }
        return primary == null ? ViolationCategory.OTHER : primary.category();
    }

    private static Map<String, Object> violationMap(Violation v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("category", v.category().name());
        map.put("label", v.category().label());
        map.put("rule", v.rule());
        map.put("score", v.score());
        map.put("evidence", v.evidence().stream().map(evidence -> {
            Map<String, Object> quoted = new LinkedHashMap<>();
            quoted.put("field", evidence.field());
            quoted.put("start", evidence.start());
            quoted.put("end", evidence.end());
            // masked: no longer the original substring, so tools must not re-apply the offsets to it
            quoted.put("maskedText", masked(v, evidence));
            return quoted;
        }).toList());
        return map;
    }

    /** Contact-exchange evidence may be the bare detail ("taro_1988" of "LINE ID: taro_1988"): mask it as such. */
    private static String masked(Violation v, Evidence evidence) {
        return v.category() == ViolationCategory.DIRECT_TRADING
                ? ContactMasker.maskContactEvidence(evidence.text())
                : ContactMasker.mask(evidence.text());
    }

    // ------------------------------------------------------------------ reports

    private Notification reportNotification(String sourceRecordId, ReportReceived r) {
        ReportCategory category = r.category();
        Severity severity = category.isUrgent() || r.highPriority() ? Severity.URGENT : Severity.MEDIUM;
        String target = subjectLabel(r.target());
        String subject = severityTag(severity) + "違反申告: " + category.label() + " (" + target + ")";

        String excerpt = ContactMasker.maskedExcerpt(r.detail(), DETAIL_EXCERPT_LENGTH);
        StringBuilder summary = new StringBuilder("違反申告を受け付けました。\n");
        summary.append("対象: ").append(target).append('\n');
        summary.append("カテゴリ: ").append(category.label()).append('\n');
        summary.append("申告内容: ").append(excerpt.isEmpty() ? "(記載なし)" : "「" + excerpt + "」").append('\n');
        summary.append("同じ対象への本日の申告: ").append(r.targetReportCount()).append("件")
                .append(r.highPriority() ? "(優先度: 高)" : "").append('\n');
        summary.append("対応: ");
        if (category.isUrgent()) {
            summary.append("詐欺被害の申告です。至急、取引と支払いの状況を確認し、被害の拡大を防いでください。");
        } else if (r.highPriority()) {
            summary.append("同じ対象に本日多数の申告があります。至急、対象の内容を確認してください。");
        } else {
            summary.append("対象を確認し、違反であれば申告を確定(confirmed)、違反でなければ却下(dismissed)してください。");
        }
        summary.append('\n').append("申告ID: ").append(r.reportId());
        if (r.reporterId() != null) {
            summary.append("(申告者 ").append(r.reporterId()).append("、受付 ").append(JST_MINUTE.format(r.receivedAt())).append(')');
        } else {
            summary.append("(受付 ").append(JST_MINUTE.format(r.receivedAt())).append(')');
        }
        summary.append('\n').append("※違反申告は送信専用です。申告者へ判断結果は伝えません。");

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reportId", r.reportId());
        details.put("reporterId", r.reporterId());
        details.put("target", subjectMap(r.target()));
        details.put("breakdownCategory", category.breakdownCategory().name());
        details.put("priority", r.highPriority() ? "high" : "normal");
        details.put("targetReportCount", r.targetReportCount());
        details.put("detailExcerpt", excerpt);
        details.put("receivedAt", r.receivedAt().toString());
        return new Notification(DeliveryKey.forSourceRecord(sourceRecordId), NotificationKind.REPORT_RECEIVED, severity,
                category.name(), category.label(), oneLine(subject), summary.toString(), details, r.receivedAt());
    }

    // ------------------------------------------------------------------ repeat offenders

    private Notification repeatOffenderNotification(OffenderCountChanged c, Crossing crossing) {
        Severity severity = Severity.HIGH;
        ViolationCategory category = c.lastCategory();
        String user = subjectLabel(new Subject(SubjectType.USER, c.offenderId()));
        String subject = severityTag(severity) + "常習違反: " + user + " の違反が" + crossing.threshold() + "件 ("
                + crossing.stage().label() + ")";

        StringBuilder summary = new StringBuilder();
        summary.append(user).append(" の確定した違反が").append(c.count()).append("件になりました(しきい値 ")
                .append(crossing.threshold()).append("件)。\n");
        summary.append("対象: ").append(user).append('\n');
        if (category != null) {
            summary.append("直近の違反: ").append(category.label());
            if (c.lastSubject() != null) {
                summary.append("(").append(subjectLabel(c.lastSubject())).append(")");
            }
            summary.append('\n');
        }
        summary.append("対応: ").append(crossing.stage() == Stage.WARNING_REVIEW
                ? "これまでの違反を確認し、警告表示の要否を検討してください。"
                : "これまでの違反と警告の経緯を確認し、利用停止(強制退会を含む)の要否を検討してください。");
        summary.append('\n').append("更新: ").append(JST_MINUTE.format(c.updatedAt()));

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("offenderId", c.offenderId());
        details.put("count", c.count());
        details.put("previousCount", c.previousCount());
        details.put("threshold", crossing.threshold());
        details.put("stage", crossing.stage().code());
        details.put("lastCategory", category == null ? null : category.name());
        details.put("lastSubject", c.lastSubject() == null ? null : subjectMap(c.lastSubject()));
        details.put("updatedAt", c.updatedAt().toString());
        return new Notification(DeliveryKey.forThresholdCrossing(c.offenderId(), crossing.threshold()),
                NotificationKind.REPEAT_OFFENDER, severity, category == null ? null : category.name(),
                category == null ? null : category.label(), oneLine(subject), summary.toString(), details,
                c.updatedAt());
    }

    // ------------------------------------------------------------------ monthly report

    private Notification monthlyReportNotification(String sourceRecordId, MonthlyReportPublished m) {
        Severity severity = Severity.LOW;
        String month = m.month().getYear() + "年" + m.month().getMonthValue() + "月";
        String subject = severityTag(severity) + "違反内訳(" + month + ")を公開しました";

        StringJoiner breakdown = new StringJoiner("、");
        List<Map<String, Object>> categories = new ArrayList<>();
        for (ViolationCategory category : ViolationCategory.values()) {
            long count = m.counts().getOrDefault(category, 0L);
            breakdown.add(category.label() + " " + count + "件");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("category", category.name());
            entry.put("label", category.label());
            entry.put("count", count);
            categories.add(entry);
        }
        StringBuilder summary = new StringBuilder();
        summary.append(month).append("の違反内訳を公開しました(合計 ").append(m.total()).append("件)。\n");
        summary.append("内訳: ").append(breakdown).append('\n');
        summary.append("公開: ").append(JST_MINUTE.format(m.publishedAt()));
        if (m.previousPublishedAt() != null) {
            summary.append("(再公開、前回 ").append(JST_MINUTE.format(m.previousPublishedAt())).append(')');
        }
        summary.append('\n').append("対応: 不要(お知らせ)。掲載内容に誤りがあれば月次集計の担当者へ連絡してください。");

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("month", JstCalendar.format(m.month()));
        details.put("total", m.total());
        details.put("categories", categories);
        details.put("publishedAt", m.publishedAt().toString());
        details.put("previousPublishedAt", m.previousPublishedAt() == null ? null : m.previousPublishedAt().toString());
        return new Notification(DeliveryKey.forSourceRecord(sourceRecordId), NotificationKind.MONTHLY_REPORT_PUBLISHED,
                severity, null, null, oneLine(subject), summary.toString(), details, m.publishedAt());
    }

    // ------------------------------------------------------------------ wording

    private static String severityTag(Severity severity) {
        return "【" + severity.label() + "】";
    }

    /** "仕事依頼 p-123", "ユーザー u-9". */
    static String subjectLabel(Subject subject) {
        String type = switch (subject.type()) {
            case POSTING -> "仕事依頼";
            case MESSAGE -> "メッセージ";
            case PROPOSAL -> "提案";
            case USER -> "ユーザー";
        };
        return type + " " + subject.id();
    }

    private static String fieldLabel(String field) {
        return switch (field) {
            case "title" -> "タイトル";
            case "body", "text" -> "本文";
            default -> field;
        };
    }

    private static Map<String, Object> subjectMap(Subject subject) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", subject.type().code());
        map.put("id", subject.id());
        return map;
    }

    /** One line under SNS's subject limit, whatever the ids look like. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= Notification.MAX_SUBJECT_LENGTH ? line : line.substring(0, Notification.MAX_SUBJECT_LENGTH - 1) + "…";
    }
}
