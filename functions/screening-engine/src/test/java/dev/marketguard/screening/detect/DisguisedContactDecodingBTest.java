package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The decodings added for the obfuscation-ob suite (round b: half casual messages with one light
 * disguise, half determined tricks, written without seeing the engine): each technique must fire on
 * variants that are not the corpus sentences, and ordinary text using the same words must stay quiet.
 */
class DisguisedContactDecodingBTest {

    private final ContactRecipeDetector recipes = new ContactRecipeDetector();
    private final MessengerIdDetector messengers = new MessengerIdDetector();
    private final EmailDetector emails = new EmailDetector();
    private final PhoneNumberDetector phones = new PhoneNumberDetector();

    @Test
    void aMessengerNameWithOneCharMaskedIsTheName() {
        String text = "ラ●ンで話しましょう、IDは mika_0412 です";
        assertThat(evidence(text, run(messengers, text))).contains("ラ●ン", "mika_0412");
        text = "イン＊タのDMで詳細送ります";
        assertThat(evidence(text, run(messengers, text))).contains("イン＊タ");
        text = "L○NE の方が早いので yui.k77 に追加してください";
        assertThat(run(messengers, text)).isNotEmpty();
        // a masked char at either end is anything (「◯イン」「ライ◯」), and a mask alone is a template
        assertThat(run(messengers, "◯インの商品を追加してください")).isEmpty();
        assertThat(run(messengers, "お名前欄は「◯◯◯」のままで追加してください")).isEmpty();
    }

    @Test
    void aProviderThenItsUserNameIsAnAddress() {
        String text = "ヤフメの kota_1988 です！そっちならすぐ見ます";
        assertThat(evidence(text, run(emails, text))).containsExactly("ヤフメの kota_1988");
        text = "gmailの ren.photo2020 にお願いします";
        assertThat(run(emails, text)).hasSize(1);
        // the provider's settings and servers are work, not an address
        assertThat(run(emails, "gmailの smtp_relay 設定を見直してください")).isEmpty();
        assertThat(run(emails, "Gmailの api_v2 を使った連携機能の開発です")).isEmpty();
    }

    @Test
    void aUserNameAfterAnEllipsisStillHasItsProvider() {
        String text = "普段はアイクラウドのメールです…tomo.k.0815（アイクラウドの方）";
        assertThat(run(emails, text)).hasSize(1);
    }

    @Test
    void aReadingOfDigitsInBracketsIsNotMoreDigits() {
        String text = "会社の番号 03-6（ろく）842-1907 です";
        assertThat(evidence(text, run(phones, text))).containsExactly("03-6（ろく）842-1907");
        text = "携帯は 080-4（よん）4（よん）17-2963 まで";
        assertThat(run(phones, text)).hasSize(1);
        // a bracket that is not the same digits again is no reading (「6（7）」 stays as written)
        assertThat(run(phones, "会社の番号 03-6（なな）842-1907 です")).isEmpty();
    }

    @Test
    void aCutSchemeIsARecipe() {
        String text = "ご依頼は ttps://sato-kobo.jp/form から（頭に h をつけて）";
        assertThat(evidence(text, run(recipes, text))).containsExactly("ttps://s");
        assertThat(run(recipes, "詳細は https://sato-kobo.jp/form から")).isEmpty();
    }

    @Test
    void anAsideThatTheDotsAreNotPartOfItIsARecipe() {
        String text = "IDは ken・ken・0808（点はなしです）";
        assertThat(run(recipes, text)).hasSize(1);
        text = "インスタは mori_cafe . osaka を見てください（点の前後のスペースはなしです）";
        assertThat(run(recipes, text)).hasSize(1);
        // a list in brackets and a form field's format are not asides about a contact
        assertThat(run(recipes, "社内試験がオンライン（自宅受験・Webカメラなし）で行われます。IDは当日お伝えします")).isEmpty();
        assertThat(run(recipes, "電話番号（ハイフンなし）を入力する欄を作ってください")).isEmpty();
    }

    @Test
    void lettersToBeDroppedFromANumberAreARecipe() {
        String text = "直通の番号です。アルファベットは飾りなので消してね：0x9y0z1";
        assertThat(run(recipes, text)).hasSize(1);
        assertThat(run(recipes, "商品番号の英字は削除して数字だけ一覧にしてください")).isEmpty();
    }

    @Test
    void aSymbolDefinedAsTheDotIsARecipe() {
        String text = "サイトは hana-kobo🌸net です（🌸はドットです）";
        assertThat(run(recipes, text)).hasSize(1);
        text = "連絡は mika_k★gmail.com へ（★はアットです）";
        assertThat(run(recipes, text)).hasSize(1);
        assertThat(run(recipes, "評価は★の数で（★は5段階です）")).isEmpty();
    }

    @Test
    void anEncodingNamedForANumberIsARecipe() {
        String text = "携帯の番号、暗号で送りますね：ABCD-EFG";
        assertThat(run(recipes, text)).hasSize(1);
        text = "直通の番号は偶数番目と奇数番目に分けて書きます。交互に並べてください";
        assertThat(run(recipes, text)).hasSize(1);
        text = "シフト押しっぱなしで打った電話番号です、同じキーの数字で読んでね";
        assertThat(run(recipes, text)).hasSize(1);
        // a copywriting job about a memorable number, and photos laid out in turns, are work
        assertThat(run(recipes, "フリーダイヤルの番号を語呂合わせで覚えてもらえるキャッチコピーを考えてください")).isEmpty();
        assertThat(run(recipes, "商品写真と説明文を交互に並べて、一覧ページを作ってください")).isEmpty();
    }

    @Test
    void aNumberToBeComputedFromTwoOthersIsARecipe() {
        String text = "事務所の電話番号は 0600000000 に 12345678 を足した数です";
        assertThat(run(recipes, text)).hasSize(1);
        assertThat(run(recipes, "会員番号の件数は 120000 に 3500 を足した数になります。集計してください")).isEmpty();
    }

    @Test
    void aLegendOfSymbolsForDigitsIsARecipe() {
        String text = "番号はこれで：カ・サ・タ・ナ（カ＝0、サ＝9、タ＝4、ナ＝1 です）";
        assertThat(run(recipes, text)).hasSize(1);
        // prices, scores and Latin grades are no digit legend
        assertThat(run(recipes, "プラン番号：松＝3万円、竹＝2万円、梅＝1万円")).isEmpty();
        assertThat(run(recipes, "評価番号は A=5、B=4、C=3 の3段階で")).isEmpty();
    }

    @Test
    void anAddressBuiltFromANameAndTheSiteIsARecipe() {
        String text = "ご応募は総務のアドレスへ。サイトのドメインの頭に「soumu」とアットマークを付けたものです";
        assertThat(run(recipes, text)).hasSize(1);
        text = "アドレスは担当の名前（tanaka）＠会社名のローマ字です";
        assertThat(run(recipes, text)).hasSize(1);
        // an @ mentioned about a form field is not an address
        assertThat(run(recipes, "メールアドレス欄で@が抜けていたらエラーを出してください")).isEmpty();
    }

    @Test
    void aSiteDescribedWithItsDomainInKatakanaIsARecipe() {
        String text = "サイトは店名のローマ字（kaede-nail）に、日本の「ジェーピー」です。お問い合わせはそちらから";
        assertThat(run(recipes, text)).hasSize(1);
        text = "ホームページは社名を小文字にしてハイフンでつなぎ、最後にドットコムです";
        assertThat(run(recipes, text)).hasSize(1);
        // choosing a domain to register is web work
        assertThat(run(recipes, "新しいサイトのドメインを、社名のローマ字にドットコムで取得してください")).isEmpty();
    }

    @Test
    void aLinkDictatedCharByCharIsARecipe() {
        String text = "応募フォームの短縮リンクは bit.ly のあとにスラッシュ、大文字のR、数字の4、小文字のq、小文字のz です";
        assertThat(run(recipes, text)).hasSize(1);
        // a password rule is no link
        assertThat(run(recipes, "パスワードは大文字の英字、小文字の英字、数字の3種類を含めてください")).isEmpty();
    }

    @Test
    void aHostTypedInFullWidthIsDisguised() {
        String text = "作品はＨＰに載せてます。「ｋｏｇａ－ｐｈｏｔｏ．ｊｐ」で見られます";
        assertThat(evidence(text, run(recipes, text))).containsExactly("ｋｏｇａ－ｐｈｏｔｏ．ｊｐ");
        text = "ポートフォリオ→ ｈｔｔｐｓ：／／ｍｉｋｉ－ｄｅｓｉｇｎ．ｃｏｍ　フォームからどうぞ";
        assertThat(evidence(text, run(recipes, text))).containsExactly("ｍｉｋｉ－ｄｅｓｉｇｎ．ｃｏｍ");
        // the same host in half width is for the rules; a full-width number or sentence is no host
        assertThat(run(recipes, "ポートフォリオ→ https://miki-design.com フォームからどうぞ")).isEmpty();
        assertThat(run(recipes, "バージョン１．５で修正済みです。ＰＤＦ．ｏｋ")).isEmpty();
    }

    @Test
    void aHostWithSpelledDotsOnAnyCommonTopLevelDomain() {
        String text = "ショップは sakura-zakka（ドット）thebase（ドット）in です";
        assertThat(run(recipes, text)).hasSize(1);
        // a numbered list whose item starts with a domain-like word is no host
        assertThat(run(recipes, "手順:\n1. in の後に続けて入力\n2. 保存")).isEmpty();
    }
}
