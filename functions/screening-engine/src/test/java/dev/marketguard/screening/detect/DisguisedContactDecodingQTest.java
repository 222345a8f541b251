package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import dev.marketguard.screening.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The decodings added for the obfuscation-q suite (written without seeing the engine): each must
 * find the contact, and the ordinary text that looks like it must stay quiet.
 */
class DisguisedContactDecodingQTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private static boolean flagsDirectTrading(String text) {
        Submission s = new Submission.Message("m", "s", "r", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT);
        Assessment a = TestEngine.get().screen(s);
        return a.violations().stream().map(Violation::category).anyMatch(ViolationCategory.DIRECT_TRADING::equals);
    }

    @Test
    void latinLettersSpelledInKanaAreTheLetters() {
        assertThat(normalizer.normalize("「エヌ・オー・ゼット・オー・エム・アイ」").text()).isEqualTo("「nozomi」");
        assertThat(normalizer.normalize("あい・だぶりゅー・えー・ぴー・えー＋2525").text()).isEqualTo("iwapa+2525");
        assertThat(normalizer.normalize("エス・エー・ケー・アイ・ワン").text()).isEqualTo("saki1");
        // a katakana name may take a particle; the run still counts
        assertThat(normalizer.normalize("エル・アイ・エヌ・イーで").text()).isEqualTo("lineで");
        // fewer than three names, or names inside longer words, stay
        assertThat(normalizer.normalize("アイ・エス").text()).isEqualTo("アイ・エス");
        assertThat(normalizer.normalize("アイスクリーム・ケーキ・ピザ").text()).isEqualTo("アイスクリーム・ケーキ・ピザ");
    }

    @Test
    void kanaSpelledIdsAreFoundNextToTheirService() {
        MessengerIdDetector d = new MessengerIdDetector();
        String text = "ライン ID：あい・だぶりゅー・えー・ぴー・えー＋2525（全部小文字）";
        assertThat(evidence(text, run(d, text))).contains("あい・だぶりゅー・えー・ぴー・えー");
    }

    @Test
    void singleKanaSpacedOutAreJoined() {
        assertThat(normalizer.normalize("作品はイ ン ス タに全部").text()).isEqualTo("作品はインスタに全部");
        assertThat(normalizer.normalize("ら い ん で").text()).isEqualTo("らいんで");
        // words separated by blanks are not single kana
        assertThat(normalizer.normalize("インスタ の 運用").text()).isEqualTo("インスタ の 運用");
    }

    @Test
    void serviceNicknamesWithAnId() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "カトクで「soyeon.jp」追加してください")).isNotEmpty();
        assertThat(run(d, "ウィチャのIDは zhang-mei-0618 です")).isNotEmpty();
        assertThat(run(d, "Vx：lin-9527（微信のことです）")).isNotEmpty();
        assertThat(run(d, "CWのIDお伝えしますね。t_kobayashi_01 です。")).isNotEmpty();
        assertThat(run(d, "青い鳥の方で「ぽんず」って名前でやってます。そっちでDMしてください。")).isNotEmpty();
        assertThat(run(d, "私の X（@ の後ろに kaori と _ と seo）へDM")).isNotEmpty();
        assertThat(run(d, "緑の吹き出しのアプリで、ID は ringo0123 です")).isNotEmpty();
        // VX and CW as model names or another marketplace, without an ID
        assertThat(run(d, "型番 VX-2000 の説明書を翻訳してください")).isEmpty();
        assertThat(run(d, "CWでも同じ案件を受けたことがあります")).isEmpty();
    }

    @Test
    void handlesAfterTheNameInMoreShapes() {
        MessengerIdDetector d = new MessengerIdDetector();
        String skype = "スカイプ名は live:.cid.7f3a2b91 です。";
        assertThat(evidence(skype, run(d, skype))).contains("live:.cid.7f3a2b91");
        String arrow = "テレグラム（電報アプリ）→ ＠ ｓａｋｉ＿ｔｒａｄｅｒ";
        assertThat(evidence(arrow, run(d, arrow))).contains("＠ ｓａｋｉ＿ｔｒａｄｅｒ");
        String blank = "Ｌ　Ｉ　Ｎ　Ｅ　ｙｕｒｉ＿ｎａｉｌ";
        assertThat(evidence(blank, run(d, blank))).contains("ｙｕｒｉ＿ｎａｉｌ");
        // a file or a plain word after the name is not an account
        assertThat(run(d, "Discord bot.py です")).isEmpty();
        assertThat(run(d, "LINE公式アカウント（友だち数約3,000）の配信文を作成")).isEmpty();
    }

    @Test
    void digitsReadInPairsAsTens() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        String kana = "090の、くじゅうはち、ななじゅうろく、ごじゅうよん、さんじゅうに です";
        assertThat(run(d, kana)).extracting(Finding::rule).contains(PhoneNumberDetector.RULE);
        String kanji = "電話：090-九十八-七十六-五十四-三十二";
        assertThat(evidence(kanji, run(d, kanji))).contains("090-九十八-七十六-五十四-三十二");
        // 五十 with nothing after it is 50
        assertThat(run(d, "携帯は〇八〇 五十 一二 三四 五六 です")).extracting(Finding::rule).contains(PhoneNumberDetector.RULE);
        // a ten not inside a run that started with zero is ordinary counting
        assertThat(run(d, "参加者は二十名、締切は十二月十日です")).isEmpty();
    }

    @Test
    void secondBatchDecodings() {
        MessengerIdDetector m = new MessengerIdDetector();
        assertThat(run(m, "スナチャやってます？ yuna_22 で追加して〜")).isNotEmpty();
        String arrow = "💚 → kana_7（緑のアプリです）";
        assertThat(evidence(arrow, run(m, arrow))).contains("kana_7");
        PhoneNumberDetector p = new PhoneNumberDetector();
        assertThat(run(p, "(81)90-7788-9900 までお願いします")).extracting(Finding::rule).contains(PhoneNumberDetector.RULE);
        assertThat(run(p, "ゼロ・ナイン・ゼロ・ワン・ワン・ツー・ツー・スリー・スリー・フォー・フォー です"))
                .extracting(Finding::rule).contains(PhoneNumberDetector.RULE);
        UrlDetector u = new UrlDetector();
        assertThat(run(u, "facebook.com/taro.yamada.1234 からメッセージいただければ")).isNotEmpty();
        // the client's own or a reference account, quoted as part of the work
        assertThat(run(u, "参考にしたい競合アカウント（https://www.instagram.com/nike など5件）")).isEmpty();
        assertThat(run(m, "弊社公式TikTok（https://www.tiktok.com/@our_brand_official）で使う動画の台本")).isEmpty();
        assertThat(run(m, "Discord Botのコマンド追加。既存のBotに /help を追加してください")).isEmpty();
        assertThat(run(m, "参考にしたい競合アカウント（https://www.instagram.com/nike など5件）")).isEmpty();
    }

    @Test
    void thirdBatchDecodings() {
        MessengerIdDetector m = new MessengerIdDetector();
        assertThat(run(m, "連絡は、みどりのアプリで！ ID ↓\nhina_0303")).isNotEmpty();
        String vertical = "L\nI\nN\nE\n↓\nmomo_design_jp\nから応募してください";
        assertThat(evidence(vertical, run(m, vertical))).contains("momo_design_jp");
        // Snapchat filters as the work are not a contact
        assertThat(run(m, "イベント用のSnapchatジオフィルターを3種類デザインしてください。申請は弊社で行います。")).isEmpty();
        EmailDetector e = new EmailDetector();
        assertThat(run(e, "ジーメールのユーザー名は「ケー・エー・ゼット・ユー」ドット 0715 です")).isNotEmpty();
    }

    @Test
    void snsProfileLinksAndSpacedMessengerLinks() {
        UrlDetector d = new UrlDetector();
        assertThat(run(d, "ｈｔｔｐｓ：／／ｗｗｗ．ｉｎｓｔａｇｒａｍ．ｃｏｍ／ｍｅｇｕ＿ｃａｆｅ")).isNotEmpty();
        assertThat(run(d, "t . m e / ninja_trade_jp（TGです）")).isNotEmpty();
        assertThat(run(d, "https://www.example.com/about を参考に")).isEmpty();
    }

    @Test
    void providerThenUserNameInMoreShapes() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "ホットメール（今のアウトルック）で masa-1975 に連絡ください")).isNotEmpty();
        assertThat(run(d, "au のメール（イージーウェブ）で kenta.1987 です")).isNotEmpty();
        assertThat(run(d, "メアドはグーグルのフリーメールで、ユーザー名は miki0822 です。")).isNotEmpty();
        assertThat(run(d, "ジーメールで、ユーザー名は「エヌ・オー・ゼット・オー・エム・アイ」＋2020 です。")).isNotEmpty();
        // a file handled in a mail tool is not a user name
        assertThat(run(d, "outlookで report_v2.xlsx を共有します")).isEmpty();
    }

    @Test
    void contactsHandedOverInPiecesOrHints() {
        assertThat(flagsDirectTrading("090（ここまでは普通）、続きは 二九 三一 七七 八〇 です。")).isTrue();
        assertThat(flagsDirectTrading("先ほどの続きです、52-9930 です。これで電話番号そろいました！")).isTrue();
        assertThat(flagsDirectTrading("電話番号はｸﾞｰｸﾞﾙで「ひまわり整体院 杉並」と検索すれば出ます")).isTrue();
        assertThat(flagsDirectTrading("自己紹介ページ最下部のリンク先（ポートフォリオ）に直通の連絡先あります")).isTrue();
        assertThat(flagsDirectTrading("ＩＤはゆうた（ローマ字で）ニーゼロゼロゼロ、ラインです。")).isTrue();
        assertThat(flagsDirectTrading("ユーザーIDは大文字小文字を区別しません")).isFalse();
        assertThat(flagsDirectTrading("スタートパック(39,800円)をご購入いただいています。そのあとは、ご案内していただく流れです")).isFalse();
    }
}
