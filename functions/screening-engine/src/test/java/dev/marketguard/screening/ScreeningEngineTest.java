package dev.marketguard.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Reward;
import dev.marketguard.core.screening.RewardType;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.core.screening.WorkStyle;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreeningEngineTest {
    private final ScreeningEngine engine = TestEngine.get();

    private static Submission.Message message(String text, Phase phase) {
        return new Submission.Message("m-1", "u-1", "u-2", text, phase, WorkStyle.PROJECT);
    }

    private static Submission.Posting posting(String title, String body, Reward reward) {
        return new Submission.Posting("p-1", "c-1", title, body, WorkStyle.PROJECT, reward);
    }

    private static Optional<Violation> violation(Assessment a, ViolationCategory c) {
        return a.violations().stream().filter(v -> v.category() == c).findFirst();
    }

    @Test
    void blocksAPhoneNumberBeforeContractAndPointsAtTheOriginalText() {
        String text = "詳細はお電話で。０９０－８８１２－３４０５ までお願いします";
        Assessment a = engine.screen(message(text, Phase.BEFORE_CONTRACT));
        assertThat(a.decision()).isEqualTo(Decision.BLOCK);
        Violation v = violation(a, ViolationCategory.DIRECT_TRADING).orElseThrow();
        assertThat(v.evidence()).extracting(Evidence::text).contains("０９０－８８１２－３４０５");
        assertThat(a.rulesetVersion()).isEqualTo(engine.rulesetVersion());
    }

    @Test
    void aPaidTrialClearsTheClassifiersUnpaidSampleScoreButNotAnUnpaidRequest() {
        String paid = "ご相談いただいた件、お引き受けする方向で考えています。念のため、最初は有償のテスト記事を1本(2,000字・5,000円)で"
                + "契約させていただけますか。お互いに相性を見てから本契約に進めればと思います。テストとはいえ、仮払いいただいてから書き始めます。";
        assertThat(engine.screen(message(paid, Phase.BEFORE_CONTRACT)).decision()).isEqualTo(Decision.ALLOW);
        String alsoUnpaid = "テスト記事は有償です。ただ、その前に構成案だけ無料で3つ作って送ってください。";
        assertThat(violation(engine.screen(message(alsoUnpaid, Phase.BEFORE_CONTRACT)), ViolationCategory.UNPAID_SAMPLE_REQUEST))
                .isPresent();
    }

    @Test
    void kanjiAndKanaDigitsAreStillPhoneNumbers() {
        Assessment kanji = engine.screen(message("番号は〇八〇の四四一二の七七〇三です。", Phase.BEFORE_CONTRACT));
        Assessment kana = engine.screen(message("ゼロキューゼロ ロクロクニーイチ ヨンキューイチハチ", Phase.BEFORE_CONTRACT));
        assertThat(violation(kanji, ViolationCategory.DIRECT_TRADING)).isPresent();
        assertThat(violation(kana, ViolationCategory.DIRECT_TRADING)).isPresent();
    }

    @Test
    void contactExchangeAfterEscrowInProjectModeIsAllowed() {
        String text = "仮払いありがとうございます。急ぎの確認用に携帯番号をお伝えしておきます。090-4417-2286";
        assertThat(engine.screen(message(text, Phase.AFTER_ESCROW)).decision()).isEqualTo(Decision.ALLOW);
        assertThat(engine.screen(message(text, Phase.BEFORE_CONTRACT)).decision()).isNotEqualTo(Decision.ALLOW);
    }

    @Test
    void contactContextsExplainSampleDataAndAnnouncementsButNeverADetailOfferedNow() {
        // sample data in a data-handling task, and a tool announced for after escrow: allowed
        Assessment sample = engine.screen(posting("住所録の整形", "電話番号の表記を統一してください。例: 06-6777-1234 → 0667771234。"
                + "テストデータはダミーのものを使います。", null));
        assertThat(sample.decision()).isEqualTo(Decision.ALLOW);
        Assessment later = engine.screen(message("仮払いが済んでから、進行管理用のDiscordにお招きしますね", Phase.BEFORE_CONTRACT));
        assertThat(violation(later, ViolationCategory.DIRECT_TRADING)).isEmpty();
        // but an ID or number written now, or a request to be contacted at a real address, still counts
        Assessment idNow = engine.screen(message("契約後はLINEで進めます。ID: mk_2024 を先に追加しておいてください",
                Phase.BEFORE_CONTRACT));
        assertThat(violation(idNow, ViolationCategory.DIRECT_TRADING)).isPresent();
        Assessment phoneNow = engine.screen(message("仮払いの後でいいので、090-3456-7812 に電話ください", Phase.BEFORE_CONTRACT));
        assertThat(violation(phoneNow, ViolationCategory.DIRECT_TRADING)).isPresent();
        Assessment realMail = engine.screen(posting("入力作業", "フォームのバリデーション作業です。詳細は taro.k77@gmail.com までメールください",
                null));
        assertThat(realMail.decision()).isEqualTo(Decision.BLOCK);
    }

    @Test
    void spacedAndSpelledOutMessengerIdsAreCaught() {
        Assessment a = engine.screen(message("L I N E で 話そう！ ID は haru_s22 だよ", Phase.BEFORE_CONTRACT));
        assertThat(violation(a, ViolationCategory.DIRECT_TRADING)).isPresent();
        Assessment mail = engine.screen(message("kenta.works あっと gmail どっと com まで空メールください",
                Phase.BEFORE_CONTRACT));
        assertThat(violation(mail, ViolationCategory.DIRECT_TRADING)).isPresent();
    }

    @Test
    void remoteDesktopRequestIsOtherWithAJapaneseWarning() {
        Assessment a = engine.screen(message("AnyDeskをインストールして、表示される9桁の番号を教えてください。こちらで操作します。",
                Phase.AFTER_ESCROW));
        assertThat(violation(a, ViolationCategory.OTHER)).isPresent();
        assertThat(a.warnings()).extracting(Warning::code).contains("REMOTE_DESKTOP_REQUEST");
        assertThat(a.warnings().get(0).message()).contains("遠隔操作");
    }

    @Test
    void fakeOfficeApprovalIsOtherWithWarning() {
        Assessment a = engine.screen(message("事務局に相談をさせていただきましたところ、外部の適正診断の使用許可をいただくことができました。"
                + "以下のURLへお進みいただき、お仕事適正診断テストをお受けくださいませ。", Phase.BEFORE_CONTRACT));
        assertThat(violation(a, ViolationCategory.OTHER)).isPresent();
        assertThat(a.warnings()).extracting(Warning::code).contains("FAKE_OFFICE_APPROVAL");
    }

    @Test
    void commissionRewardTypeIsUncertainRewardWithFieldEvidence() {
        Assessment a = engine.screen(posting("営業パートナー募集", "法人向けサービスのご紹介をお願いします。",
                new Reward(RewardType.COMMISSION, null)));
        Violation v = violation(a, ViolationCategory.UNCERTAIN_REWARD).orElseThrow();
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo("reward.type"));
    }

    @Test
    void paidTrialIsNotAnUnpaidSampleRequest() {
        Assessment a = engine.screen(posting("特許明細書の英訳（トライアルも有償です）",
                "初めての方には約500ワード分のトライアル翻訳をお願いしています。トライアルも有償です（5,000円）。",
                new Reward(RewardType.PER_UNIT, 12L)));
        assertThat(violation(a, ViolationCategory.UNPAID_SAMPLE_REQUEST)).isEmpty();
        Assessment unpaid = engine.screen(posting("記事作成", "まずはテストライティング（報酬なし）を1本お願いします。",
                new Reward(RewardType.PER_UNIT, 1000L)));
        assertThat(violation(unpaid, ViolationCategory.UNPAID_SAMPLE_REQUEST)).isPresent();
    }

    @Test
    void ordinaryPostingIsAllowed() {
        Assessment a = engine.screen(posting("LINE公式アカウントのリッチメニュー画像デザイン（1枚）",
                "カフェのLINE公式アカウント用に、リッチメニューの画像を作ってほしいです。サイズは2500×1686です。",
                new Reward(RewardType.FIXED, 15000L)));
        assertThat(a.decision()).isEqualTo(Decision.ALLOW);
        assertThat(a.violations()).isEmpty();
    }

    @Test
    void stricterThresholdsTurnReviewIntoAllow() {
        ScreeningEngine strict = ScreeningEngine.load(new Thresholds(0.99, 0.995));
        Assessment a = strict.screen(message("ショートメールください", Phase.BEFORE_CONTRACT));
        assertThat(a.decision()).isEqualTo(Decision.ALLOW);
    }
}
