package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decodings added for disguises found beyond the first obfuscation suites (obfuscation-p):
 * each must find the contact, and the ordinary text that looks like it must stay quiet.
 */
class DisguisedContactDecodingTest {

    @Test
    void digitsWrittenWithWordsFromTheDigitWordList() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        String daiji = "連絡先：〇九〇 参壱肆壱 伍玖弐陸 です";
        assertThat(evidence(daiji, run(d, daiji))).containsExactly("〇九〇 参壱肆壱 伍玖弐陸");
        String circles = "急ぎなので ◯７◯ー２２３４ー９９０１";
        assertThat(evidence(circles, run(d, circles))).containsExactly("◯７◯ー２２３４ー９９０１");
        assertThat(run(d, "番号は まるきゅうまる ひとふたみよ いつむななや です")).isNotEmpty();
        assertThat(run(d, "call me: zero nine zero - four four one two - eight eight seven six")).isNotEmpty();
        assertThat(run(d, "携帯：ぜろななぜろ しちくいちご はちにーしちろく")).isNotEmpty();
    }

    @Test
    void ordinaryCountingAndPlaceholdersAreNotNumbers() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        for (String text : List.of("〇〇様、参加費は0円です", "数え歌「ひい、ふう、みい、よ、いつ、むう、なな、や」",
                "電話番号は○○○-○○○○-○○○○の形で入力", "one, two, three, four の読み上げ音声")) {
            assertThat(run(d, text)).as(text).isEmpty();
        }
    }

    @Test
    void numbersSplitOverSentencesAreJoined() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        List<Finding> f = run(d, "携帯の前半は０９０６６、後半は３４１２８２です。つなげてかけてください");
        assertThat(f).extracting(Finding::rule).contains(PhoneNumberDetector.RULE_SPLIT);
        assertThat(run(d, "最初は090です。次が7214。最後は3308です")).extracting(Finding::rule)
                .contains(PhoneNumberDetector.RULE_SPLIT);
        // the same digits without anything about a phone are not joined
        assertThat(run(d, "090個、7214円、3308件")).extracting(Finding::rule)
                .doesNotContain(PhoneNumberDetector.RULE_SPLIT);
    }

    @Test
    void aLandlineSplitIntoDialingStepsIsJoined() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        assertThat(run(d, "【おかけ方】\nSTEP1　まず 03 を押す\nSTEP2　続けて 6271\nSTEP3　最後に 9940"))
                .extracting(Finding::rule).contains(PhoneNumberDetector.RULE_SPLIT);
        assertThat(run(d, "電話は市外局番 06、そのあと 6543、最後に 2109 です")).extracting(Finding::rule)
                .contains(PhoneNumberDetector.RULE_SPLIT);
        // an area code's digits in counts and prices stay counts and prices
        assertThat(run(d, "電話対応：03月から、6271件、9940円")).extracting(Finding::rule)
                .doesNotContain(PhoneNumberDetector.RULE_SPLIT);
    }

    @Test
    void mobileNumbersGroupedAtRandomCountNextToPhoneWords() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        assertThat(run(d, "電話番号: 09044 51288 3（区切りは適当です）")).isNotEmpty();
        assertThat(run(d, "連絡はこちらから 080 99 12 33 45")).isNotEmpty();
        // the same digit count after another prefix, or letters glued on, is a code
        assertThat(run(d, "注文 04544 51288 3 件")).isEmpty();
        assertThat(run(d, "品番 KT-09044-51288-3")).isEmpty();
    }

    @Test
    void aPrefixQuotedAsAFormatIsNotAFragment() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        assertThat(run(d, "電話番号を「090形式」にそろえる作業です")).isEmpty();
        assertThat(run(d, "「090から始まる文字列を判定する」問題です")).isEmpty();
        assertThat(run(d, "090に始まる番号の件数と、080に始まる番号の件数を数えてください")).isEmpty();
        assertThat(run(d, "とりあえず番号は090から始まります")).isNotEmpty();
    }

    @Test
    void decoratingCombiningMarksAreDropped() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        String strike = "電話 0̶9̶0̶-̶4̶4̶8̶2̶-̶7̶1̶3̶5̶ まで";
        assertThat(evidence(strike, run(d, strike))).containsExactly("0̶9̶0̶-̶4̶4̶8̶2̶-̶7̶1̶3̶5̶");
        assertThat(run(d, "お電話 0\u03039\u03030 1\u03012\u03013\u03014 5\u03066\u03067\u03068")).isNotEmpty();
        assertThat(run(new EmailDetector(), "mail: hana.k@gmàil.com")).hasSize(1);
    }

    @Test
    void moreSpellingsOfProvidersAndAt() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "アドレス：nana_77_k ヤフメです")).hasSize(1);
        assertThat(run(d, "shota.m88 アットマーク アイクラウド ドット コム")).hasSize(1);
        assertThat(run(d, "メアド: aoi_0815 アット ジーメイル ドット コム")).hasSize(1);
        assertThat(run(d, "yamato.design (at mark) hotmail.co.jp までどうぞ")).hasSize(1);
        assertThat(run(d, "mika.sato あっと じーめーる てん こむ")).hasSize(1);
        String plus = "メールアドレスは nozomi.k ＋ アットマーク ＋ outlook.com です";
        assertThat(evidence(plus, run(d, plus))).containsExactly("nozomi.k ＋ アットマーク ＋ outlook.com");
        assertThat(run(d, "kenta[.]works[@]gmail[.]com")).hasSize(1);
    }

    @Test
    void anAddressPutTogetherFromItsParts() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "アドレスは ryo.kimura1990 に @gmail.com をつけたものです")).hasSize(1);
        assertThat(run(d, "メアド→ hikari.w と gmail の組み合わせです")).hasSize(1);
        assertThat(run(d, "gmailです。アカウント名は ren.photo2020 なので")).hasSize(1);
        // tools named side by side are not an address
        assertThat(run(d, "連絡ツールは zoom と gmail、slack と gmail のアドレスを併用")).isEmpty();
        assertThat(run(d, "gmailのアカウント作成手順 step1 を書いてください")).isEmpty();
        // the Japanese word テン is a dot only between Latin pieces
        assertThat(run(d, "gmailのテンプレート")).isEmpty();
    }

    @Test
    void moreMessengerNamesAndWaysToPointAtAnId() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "IGの方が返信早いです @taka.photo.jp")).isNotEmpty();
        assertThat(run(d, "緑のメッセージアプリの方が通知に気づけるので、IDは riku0412 です")).isNotEmpty();
        assertThat(run(d, "写真のSNSのほうにDMしてもらえれば。名前は minami.cafe_ です")).isNotEmpty();
        assertThat(run(d, "ライン@ sakura.nails.77 です")).isNotEmpty();
        assertThat(run(d, "L I N E の方が早いのでこちらへ → ai_studio_5")).isNotEmpty();
        assertThat(run(d, "らいん：ゆーざーめい は aoba_jun です")).isNotEmpty();
        assertThat(run(d, "すかいぷ入ってますか？ live:.cid.7a2f91c で検索してください")).isNotEmpty();
        // a service that is the work, or "ig" inside a word, is not a contact
        assertThat(run(d, "インスタの方が集客に向いているので、投稿デザインをお願いします")).isEmpty();
        assertThat(run(d, "big design → logo_v2.png を参照")).isEmpty();
    }

    @Test
    void messengerLinksWithoutTheScheme() {
        UrlDetector d = new UrlDetector();
        String text = "テレグラ入れてたら t.me/ayumi_w に";
        assertThat(evidence(text, run(d, text))).containsExactly("t.me/ayumi_w");
        assertThat(run(d, "https://t.me/ayumi_w")).hasSize(1);
        assertThat(run(d, "連絡は info@t.me.example ではなく")).isEmpty();
    }

    @Test
    void spelledOutDigitsMayBeGroupedAnyHow() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        assertThat(run(d, "連絡先は ぜろきゅーぜろ(よんよんはちに)ななーいちさんご")).isNotEmpty();
        assertThat(run(d, "携帯は れーはちれー いちにーさんよん ごーろくななはち です")).isNotEmpty();
        assertThat(run(d, "でんわ：０９０ーよんよんはちにーななーいちさんご")).isNotEmpty();
        // ASCII digits grouped oddly without a word about phones stay a code
        assertThat(run(d, "ロット 09044 5128 83")).isEmpty();
    }

    @Test
    void aPlainAtWithBlanksCountsForAMailProvidersDomain() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "メアド hana.k @gmail.com です")).hasSize(1);
        assertThat(run(d, "メールでお願いします taro.y @ gmail.com")).hasSize(1);
        assertThat(run(d, "yuki.m0221 at gmail dot com")).hasSize(1);
        assertThat(run(d, "定例会議 @ zoom.us で行います")).isEmpty();
    }

    @Test
    void carrierDomainsSpelledAfterAnAt() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "アドレスは shin-85 あっと どこも どっと えぬいー どっと じぇーぴー")).hasSize(1);
        assertThat(run(d, "ドコモ光の申込書の入力、ソフトバンクの分は明日やります")).isEmpty();
    }

    @Test
    void providerNamedNextToTheUserNameInOtherWords() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "メアドは taro_y（gmail）です")).hasSize(1);
        assertThat(run(d, "メールは gmail.com の前に kaito.n をつけたものです")).hasSize(1);
        assertThat(run(d, "アドレスは「nagisa.h」のジーメールです")).hasSize(1);
        assertThat(run(d, "outlook の gmail 連携を設定してください")).isEmpty();
    }

    @Test
    void threadsAndAnIdJustBeforeTheServiceName() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "Threadsでも繋がれます、@aki.illust")).isNotEmpty();
        assertThat(run(d, "あいでぃーは s_a_k_u_r_a_0_1 です。らいんで！")).isNotEmpty();
        assertThat(run(d, "バッチで threads の数を 8 に制限したいです。@Async の設定を見直してください")).isEmpty();
        assertThat(run(d, "管理画面のログインIDは test_user01 です（テスト環境）。売上グラフのラインの色を変えてください")).isEmpty();
    }

    @Test
    void aParticleAfterWrittenDigitsIsNotAKanaDigit() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        String text = "電話番号は090に続けて33128876です";
        assertThat(run(d, text)).extracting(Finding::rule).contains(PhoneNumberDetector.RULE_SPLIT);
        assertThat(run(d, "0と9と0と3と3と1と2と8と8と7と6 ←これ電話番号です")).isNotEmpty();
        assertThat(run(d, "回答は 0と1 の2値、はい=1、いいえ=0 で入力してください")).isEmpty();
        assertThat(run(new EmailDetector(), "メール→ saki.t のジーメ")).hasSize(1);
    }

    @Test
    void aSymbolTheWriterSaysToReplaceByAnAt() {
        EmailDetector d = new EmailDetector();
        String text = "shiori.w■gmail.com（■を@に）";
        assertThat(evidence(text, run(d, text))).containsExactly("shiori.w■gmail.com");
        assertThat(run(d, "yuta.k🌀gmail.com（🌀を@に変えてください）")).hasSize(1);
        assertThat(run(d, "mai.k★gmail★com（★→@、最後の★は.）")).hasSize(1);
        // an arrow to an @ with no symbol used elsewhere changes nothing
        assertThat(run(d, "■→@ の変換表を作ってください")).isEmpty();
    }

    @Test
    void skypeAndFacebookRequestsAFewWordsAway() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "Skypeのほうが楽なので、live:shiori.w で追加してください")).isNotEmpty();
        assertThat(run(d, "フェイスブックで「Shiori Watanabe デザイン」で検索してメッセージください")).isNotEmpty();
    }

    @Test
    void lineSpelledLetterByLetterInKatakanaAndAccountsGivenAsWhatTheServiceIs() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "エル・アイ・エヌ・イーで。ID は nagomi.k22 です")).isNotEmpty();
        assertThat(run(d, "ラインは yoshida0808 ですが、覚えやすいと思います")).isNotEmpty();
        assertThat(run(d, "インスタ：吉田デザイン（ローマ字で yoshida_design）")).isNotEmpty();
        assertThat(run(d, "LINEは v2.13 から仕様が変わりました")).isEmpty();
        assertThat(run(d, "インスタは design 重視でお願いします")).isEmpty();
    }

    @Test
    void providerThenColonThenUserName() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "Gmail：yoshida.design.nagoya（@以下はgmail.comです）")).hasSize(1);
        assertThat(run(d, "Gmail: smtp.gmail.com のポート587を設定")).isEmpty();
    }

    @Test
    void someoneElsesAccountQuotedAsAReferenceIsNotAContact() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "参考にしたいのは、インスタで見かけた @cafe_mori_tokyo さんの投稿の雰囲気です")).isEmpty();
        assertThat(run(d, "インスタで見かけたらDMください @cafe_mori_tokyo")).isNotEmpty();
    }

    @Test
    void messengerNamesWithJapaneseLookAlikes() {
        MessengerIdDetector d = new MessengerIdDetector();
        String line = "ライソでやりとりしませんか？ IDは mochi_0202";
        assertThat(evidence(line, run(d, line))).contains("ライソ", "mochi_0202");
        String insta = "インス夕のDMにお願いします @mochi.bake";
        assertThat(evidence(insta, run(d, insta))).contains("インス夕");
        String x = "ツイッタ一のDMでも大丈夫です、@mochi_tw";
        assertThat(evidence(x, run(d, x))).contains("ツイッタ一");
        assertThat(run(d, "L-I-N-E ID: mochi_0202")).isNotEmpty();
    }

    @Test
    void shortBracketedAtAndAnIdAfterALongerDescription() {
        assertThat(run(new EmailDetector(), "ご連絡は kenji-works（あ）outlook．jp まで")).hasSize(1);
        assertThat(run(new EmailDetector(), "shiori.w(a)gmail.com へ")).hasSize(1);
        assertThat(run(new MessengerIdDetector(), "LINE ID は社名の英語表記＋設立年です（kenjiworks2015）")).isNotEmpty();
    }

    @Test
    void aUserNameGivenAsTheAddressWithTheProviderOnlyHinted() {
        EmailDetector d = new EmailDetector();
        assertThat(run(d, "アドレスは taro.y です（gmail抜きで書いてます）")).hasSize(1);
        assertThat(run(d, "メアドは taro.y で、後ろはいつものGです")).hasSize(1);
        assertThat(run(d, "メールは「taro.y」＋いつものグーグルのやつでお願いします")).hasSize(1);
        assertThat(run(d, "メールは report_v2.pdf を添付して、gmail から送ります")).isEmpty();
        assertThat(run(d, "メールアドレス欄は半角で、例は gmail のように")).isEmpty();
    }

    @Test
    void lookAlikesOfTheLooserReadings() {
        assertThat(run(new EmailDetector(), "メールは project_a の件名で、添付は gmail のサイズ上限以内に")).isEmpty();
        assertThat(run(new MessengerIdDetector(), "LINEは message_api_v3 の仕様に合わせてください")).isEmpty();
        PhoneNumberDetector d = new PhoneNumberDetector();
        assertThat(run(d, "SKU 09011223344 のような11桁の商品コード")).isEmpty();
        assertThat(run(d, "注文数は 080 個 と 1234 個、合計 1314 個でした。最後に 5678 円の送料")).isEmpty();
        assertThat(run(d, "作業時間：月 090分、火 1200分、最後は 4500分")).isEmpty();
        // a hashtag is no code label for a number written the national way
        assertThat(run(d, "お電話ください #09071234455")).isNotEmpty();
    }

    @Test
    void templatesAndFormatExamplesStayQuiet() {
        assertThat(run(new PhoneNumberDetector(), "電話番号の欄は ０９０ー××××ー×××× のように伏せ字に")).isEmpty();
        assertThat(run(new MessengerIdDetector(), "ユーザーIDは自動採番（u_000001 形式）でお願いします")).isEmpty();
        assertThat(run(new MessengerIdDetector(), "インスタのDM自動返信の文面を10パターン作っていただけますか？")).isEmpty();
        assertThat(run(new MessengerIdDetector(), "IDは u_000001 です、追加お願いします")).isNotEmpty();
    }
}
