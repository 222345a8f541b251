package dev.marketguard.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.WorkStyle;
import org.junit.jupiter.api.Test;

/** Text that names a violation to refuse it or warn about it (ctx.refusal), and what stays a violation. */
class RefusalContextTest {
    private final ScreeningEngine engine = TestEngine.get();

    private Assessment screen(String text) {
        return engine.screen(new Submission.Message("m-1", "u-1", "u-2", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT));
    }

    private static boolean names(Assessment a, ViolationCategory c) {
        return a.violations().stream().map(Violation::category).anyMatch(c::equals);
    }

    @Test
    void refusingARemoteDesktopRequestIsNotOne() {
        Assessment a = screen("申し訳ありませんが、TeamViewerなどでこちらのPCを遠隔操作していただくのはセキュリティ上お断りしています。");
        assertThat(a.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aRefusalThatTakesInTheQuestionMarkEndsThere() {
        assertThat(names(screen("社長が「直接やりとりした方が早い」と言うとるんですが、規約でアカンのですよね？"),
                ViolationCategory.DIRECT_TRADING)).isFalse();
        assertThat(names(screen("規約でアカンのですよね？でもサイトを通さずに直接取引しましょう"),
                ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void quotingAProposalToDeclineItIsNotDirectTrading() {
        Assessment a = screen("手数料を節約するために外で取引しませんか、とのことですが、お断りします🙇 サイト経由でお願いします!");
        assertThat(a.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void warningAboutFakeOfficeApprovalIsNotALure() {
        Assessment a = screen("【ご注意】「事務局の許可を得た適性テスト」と称して外部サイトへ誘導するメッセージが届いているようです。"
                + "当方からそのようなご案内をすることはありません。");
        assertThat(names(a, ViolationCategory.OTHER)).isFalse();
    }

    @Test
    void aRefusedRequestTakesItsSupportingWordsWithIt() {
        // other.remote_desktop needs a word like 操作 nearby; that word, in another sentence, went on as evidence alone
        Assessment a = screen("小さなオフィスのルーター設定について、推奨設定をドキュメントで返してください。\n"
                + "設定の操作はこちらで行います。遠隔操作は不要です。");
        assertThat(names(a, ViolationCategory.OTHER)).isFalse();
    }

    @Test
    void aTermPlayedDownIsNotRefused() {
        Assessment a = screen("会員規約上は第三者への譲渡NGですが、少量なので問題になったことはありません。"
                + "当方のマイルをあなたの会員アカウントに付けて、商品券に交換して送ってください。");
        assertThat(names(a, ViolationCategory.EXTERNAL_TERMS_VIOLATION)).isTrue();
    }

    @Test
    void aWarningAboutImpersonatorsDoesNotHideTheWritersOwnId() {
        Assessment a = screen("名前を騙ってLINEに誘導する偽アカウントがいます。本物の私のLINEは abc_123 なので追加してください");
        assertThat(names(a, ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void aRefusalDoesNotReachIntoTheNextSentence() {
        Assessment a = screen("遠隔操作は普段はお断りしています。でも今回は急ぎなので、AnyDeskでPCを遠隔操作させてください。");
        assertThat(names(a, ViolationCategory.OTHER)).isTrue();
    }

    @Test
    void anInvitationEndingInMasenKaIsNotARefusal() {
        Assessment a = screen("ここの手数料がもったいないので、サイトを通さずに直接取引でやりませんか？");
        assertThat(a.decision()).isEqualTo(Decision.BLOCK);
        assertThat(names(a, ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void aConcreteContactDetailStillCountsInsideARefusal() {
        Assessment a = screen("サイト外のやり取りはお断りしていますが、LINE ID: taro_0505 なら大丈夫です");
        assertThat(a.decision()).isNotEqualTo(Decision.ALLOW);
        assertThat(names(a, ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void aRefusalDoesNotCoverARequestAfterAComma() {
        assertThat(names(screen("手数料を払う必要はないですよ、LINEで直接やりましょう。"), ViolationCategory.DIRECT_TRADING)).isTrue();
        assertThat(names(screen("検収の必要はないです、メールで納品してください。"), ViolationCategory.DIRECT_TRADING)).isTrue();
        assertThat(names(screen("ご注意ください、手数料がかからないように直接取引でお願いします。"), ViolationCategory.DIRECT_TRADING))
                .isTrue();
    }

    @Test
    void aRequestInTheClauseAfterTheViolationsOwnReasonIsNotTheViolations() {
        // the quoted profile line is declined (とありましたが), and 外部でのやり取り is in a clause that asks nothing
        Assessment a = screen("プロフィールに「詳しくは名前で検索」とありましたが、契約前に外部でのやり取りはできませんので、"
                + "ご質問はすべてこちらでお願いします。");
        assertThat(a.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void saidWithoutAFullStopThereIsNoNeedStillRefuses() {
        assertThat(screen("報酬のお受け取りはランサーズからになりますので、私の銀行口座をお伝えする必要はないですよ😊").decision())
                .isEqualTo(Decision.ALLOW);
    }

    private Assessment posting(String body) {
        return engine.screen(new Submission.Posting("p-1", "c-1", "お仕事のご依頼", body, WorkStyle.PROJECT, null));
    }

    @Test
    void aProhibitionHeadingCoversTheListUnderIt() {
        assertThat(posting("データ入力のお仕事です。\n\n■NG事項\n・サイト外での連絡先交換\n・作業の再委託\n\nよろしくお願いします。")
                .decision()).isEqualTo(Decision.ALLOW);
        assertThat(posting("SNS運用代行\n\n◇やらないこと\n・フォロワーやいいねの購入、自動フォロー・自動いいね\n\n◇報酬\n月3万円")
                .decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aProhibitionHeadingDoesNotCoverARequestingItemNorWhatFollowsTheList() {
        assertThat(names(posting("【禁止事項】\n・コピペ\n・連絡はLINEでお願いします"), ViolationCategory.DIRECT_TRADING)).isTrue();
        assertThat(names(posting("【NG事項】\n・納期遅れ\n\nサイトを通さず直接取引でお願いします。"), ViolationCategory.DIRECT_TRADING))
                .isTrue();
        // a sentence that names the heading word is no heading: its list is not covered
        assertThat(names(posting("禁止事項は特にありませんが、作業の進め方は以下の通りです。守ってください。\n・サイトを通さず直接取引で進めます"),
                ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void aReassuranceIsNeitherARefusalNorATopic() {
        assertThat(names(screen("詐欺ではありませんので、安心して直接お振込みください。"), ViolationCategory.DIRECT_TRADING)).isTrue();
        assertThat(names(screen("怪しい案件ではないので、LINEで詳細をお伝えします。"), ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void aPayWordNearbyNoLongerCancelsARefusalButAPayDeniedStillDoes() {
        assertThat(posting("【依頼内容】\n・返信テンプレートの作成\n・実際の返信は当園のスタッフが送ります。お客様と直接やり取りしていただくことは"
                + "ありません\n\n【報酬】\n30,000円").decision()).isEqualTo(Decision.ALLOW);
        assertThat(names(screen("応募時にテスト記事を1本書いてください。テスト記事の報酬はお支払いしておりません。"),
                ViolationCategory.UNPAID_SAMPLE_REQUEST)).isTrue();
        assertThat(names(screen("仮払いの必要はないです、終わったら直接振り込みますね。"), ViolationCategory.DIRECT_TRADING)).isTrue();
    }

    @Test
    void aClauseThatPromisesIncomeAfterTheCommaIsNotTheRefusals() {
        assertThat(names(screen("登録料を払う必要はありません、紹介するだけで毎月報酬が入ります。"),
                ViolationCategory.MULTI_LEVEL_MARKETING)).isTrue();
    }

    @Test
    void aPromiseOfIncomeInAListOfWhatNotToWriteIsWhatIsBanned() {
        assertThat(posting("ブログ記事の執筆。\n【やらないでほしいこと】\n・ステマになるような書き方\n・「絶対稼げる」などの断定表現\n【納期】2週間")
                .decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aQuoteEndingInAnExclamationMarkDoesNotEndTheSentence() {
        assertThat(names(screen("見出しの「紹介するだけでどんどん稼げる!」という部分だけ、変えていただけますか。"),
                ViolationCategory.MULTI_LEVEL_MARKETING)).isFalse();
    }

    @Test
    void aWayTheHouseDoesNotTakeIsRefused() {
        assertThat(posting("■作業の進め方\n・当ラボのPCをリモートデスクトップで操作していただく形は取りません(セキュリティのため)。")
                .decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aNegationInsideTheViolationItselfIsNotARefusal() {
        Assessment a = screen("仮払いは不要です。完成後に直接口座へお振込みします。");
        assertThat(names(a, ViolationCategory.DIRECT_TRADING)).isTrue();
    }
}
