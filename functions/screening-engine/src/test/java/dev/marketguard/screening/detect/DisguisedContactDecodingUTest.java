package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.screening.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The decodings added for the obfuscation-u suite (written without seeing the engine): each technique
 * must find the contact on variants that are not the corpus sentences, and the ordinary text that
 * looks like it must stay as it is or stay quiet.
 */
class DisguisedContactDecodingUTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final PhoneNumberDetector phones = new PhoneNumberDetector();
    private final EmailDetector emails = new EmailDetector();
    private final MessengerIdDetector messengers = new MessengerIdDetector();
    private final UrlDetector urls = new UrlDetector();

    private String normalized(String s) {
        return normalizer.normalize(s).text();
    }

    @Test
    void digitsOfAnyScriptAreDigits() {
        assertThat(normalized("٠٧٠-١٢٣٤")).isEqualTo("070-1234");
        assertThat(normalized("०९०")).isEqualTo("090");
        String text = "携帯：๐๘๐-๔๕๑๙-๓๗๒๖ まで";
        assertThat(evidence(text, run(phones, text))).containsExactly("๐๘๐-๔๕๑๙-๓๗๒๖");
    }

    @Test
    void accentsAndIpaLookAlikesAreTheirLatinLetters() {
        assertThat(normalized("ṁȯċḣi̇_cafe")).isEqualTo("mochi_cafe");
        assertThat(normalized("@ɡen_kaiɡa")).isEqualTo("@gen_kaiga");
        assertThat(normalized("ıd")).isEqualTo("id");
    }

    @Test
    void hyphenLookAlikesInsideLatinWordsAreHyphens() {
        assertThat(normalized("blue‐harbor")).isEqualTo("blue-harbor");
        // a long mark after Latin stays (「Zoomー」 is rare but a ー is no hyphen)
        assertThat(normalized("aー b")).isEqualTo("aー b");
        String text = "ご質問は mori＠tsuki‐lab．co.jp まで";
        assertThat(evidence(text, run(emails, text))).containsExactly("mori＠tsuki‐lab．co.jp");
    }

    @Test
    void symbolWordsBetweenLatinAreTheSymbols() {
        assertThat(normalized("ai（ドット）nakamura（アンダーバー）tr")).isEqualTo("ai.nakamura_tr");
        assertThat(normalized("ken はいふん 77")).isEqualTo("ken-77");
        assertThat(normalized("wang 下划线 88")).isEqualTo("wang_88");
        assertThat(normalized("x点com")).isEqualTo("x.com");
        assertThat(normalized("yuzu ＿ illust")).isEqualTo("yuzu_illust");
        // not between Latin on both sides: words stay
        assertThat(normalized("ドットコム")).isEqualTo("ドットコム");
        assertThat(normalized("ハイフンで区切ってください")).isEqualTo("ハイフンで区切ってください");
        assertThat(normalized("商品5点 3000円")).isEqualTo("商品5点 3000円");
        String text = "テレグラムのIDは nao（アンダーバー）trade です";
        assertThat(evidence(text, run(messengers, text))).contains("nao（アンダーバー）trade");
    }

    @Test
    void junkIsDroppedWhereTheTextSaysSo() {
        assertThat(normalized("t#o#m#o_9#9（#は飛ばしてね）")).isEqualTo("tomo_99(#は飛ばしてね)");
        assertThat(normalized("s★a★k★i（星は取ってください）")).isEqualTo("saki(星は取ってください)");
        assertThat(normalized("k と e と n（「と」は無視して）")).isEqualTo("ken(「と」は無視して)");
        assertThat(normalized("アルファベットは抜いて 0a7b0c1")).isEqualTo("アルファベットは抜いて 0701");
        // no instruction, no dropping
        assertThat(normalized("a*b*c の値")).isEqualTo("a*b*c の値");
        String text = "ラインは k❤a❤n❤a_7❤7 です（ハートはとってね）";
        assertThat(evidence(text, run(messengers, text))).contains("k❤a❤n❤a_7❤7");
    }

    @Test
    void readingInstructionsAreFollowed() {
        assertThat(normalized("一文字おきに読んでください：0あ8い0う")).endsWith("080");
        assertThat(normalized("数字は2つずつ書いてます 0088 1122")).endsWith("08 12");
        // without the instruction, doubled digits are ordinary (「0088」 a code)
        assertThat(normalized("品番 0088 1122")).isEqualTo("品番 0088 1122");
        String text = "番号は全部2回ずつ打ってます 007700 11223344 55667788";
        assertThat(run(phones, text)).isNotEmpty();
    }

    @Test
    void theNationalNumberAfterACountryCodeSaidApart() {
        String text = "国番号81、続けて 90 1234 5678 です";
        assertThat(evidence(text, run(phones, text))).containsExactly("90 1234 5678");
        String kanji = "プラス八十一、それから八〇の一二三四の五六七八";
        assertThat(run(phones, kanji)).isNotEmpty();
        // a number far from any country code does not lose its missing zero
        assertThat(run(phones, "会員数は 90 1234 5678 人")).isEmpty();
    }

    @Test
    void spelledOutDigitsNextToPhoneTalkInAnyGrouping() {
        String text = "事務所の電話番号：zero-three 五五五五 one-two-three-four";
        assertThat(run(phones, text)).isNotEmpty();
        String toll = "フリーダイヤル 〇一二〇ー一二ー三四五六";
        assertThat(run(phones, toll)).isNotEmpty();
        // kanji numbers of a date near 電話 are no phone number
        assertThat(run(phones, "二〇二四年一二月一〇日に電話します")).isEmpty();
    }

    @Test
    void nativeCountingWithTheCounterTsu() {
        String text = "電話は まる・ななつ・まる、ひとつ・ふたつ・みっつ・よっつ、いつつ・むっつ・ななつ・やっつ へ";
        assertThat(run(phones, text)).isNotEmpty();
        assertThat(run(phones, "りんごをひとつ、みかんをふたつ")).isEmpty();
    }

    @Test
    void addressPartsSpelledOrGivenApart() {
        String carrier = "aoi-77（アット）えーゆー.ne.jp に送ってください";
        assertThat(run(emails, carrier)).isNotEmpty();
        String apple = "hiro.k（アット）みー どっと こむ";
        assertThat(run(emails, apple)).isNotEmpty();
        String period = "窓口：info＠hana-lab。jp";
        assertThat(run(emails, period)).isNotEmpty();
        String kanjiDigits = "mika.一九九〇 ＠ gmail.com";
        assertThat(run(emails, kanjiDigits)).isNotEmpty();
        String described = "taro（どっと）sato の後ろに 88 をつけて、あっと じーめーる どっと こむ";
        assertThat(run(emails, described)).isNotEmpty();
        String english = "my gmail is saki dot k dot 7";
        assertThat(run(emails, english)).isNotEmpty();
        String nameFirst = "mori.design をそのままGoogleのフリーメールにしたアドレスです";
        assertThat(run(emails, nameFirst)).isNotEmpty();
        String domainApart = "株式会社サンプル（ドメイン：sample-corp.co.jp）。ご応募は担当（tanaka）＠弊社ドメインまで";
        assertThat(run(emails, domainApart)).isNotEmpty();
        // a plain @gmail.com in a sentence, a period ending a Japanese sentence after a product name
        assertThat(run(emails, "登録は @gmail.com のアドレスでも可能です")).isEmpty();
        assertThat(run(emails, "Excelを使います。jpegで納品")).isEmpty();
    }

    @Test
    void recipesForAnAddressOrIdAreTheTell() {
        String mail = "アドレスは会社名（Hana Works）をスペースなしで全部小文字にして、Gのメールです";
        assertThat(run(emails, mail)).isNotEmpty();
        String id = "スカイプ名は『さとうゆい』をローマ字でつなげたものです";
        assertThat(run(messengers, id)).isNotEmpty();
        // a file-naming rule is no contact
        assertThat(run(emails, "ファイル名は案件名をローマ字でつなげて、最後に日付をつけてください")).isEmpty();
    }

    @Test
    void servicesNamedInNewWaysWithTheirIds() {
        String x = "エックスの方でDMください。アカ名は yuki_draw77 です";
        assertThat(evidence(x, run(messengers, x))).contains("yuki_draw77");
        // the search request too far from the name for the request rule: the searched handle still counts
        String search = "作品はインスタの方にたくさん載せていますので、お時間のあるときにぜひ！ nana_bakery で検索してみてください";
        assertThat(evidence(search, run(messengers, search))).contains("nana_bakery");
        String chinese = "加我微信吧：wang_88_tokyo";
        assertThat(run(messengers, chinese)).isNotEmpty();
        String meeting = "ミーティングIDは 九一二 三四五 六七八九 です";
        assertThat(run(messengers, meeting)).isNotEmpty();
        // the letter X is no service, and a hashtag to search for is a topic, not an account
        assertThat(run(messengers, "エックス線検査の画像を整理")).isEmpty();
        String hashtag = "インスタで #cafe_tokyo を検索して参考にしてください";
        assertThat(evidence(hashtag, run(messengers, hashtag))).noneMatch(e -> e.contains("cafe_tokyo"));
    }

    @Test
    void servicesHintedByTheirInitial() {
        String line = "Lのつくアプリやってますか？そっちで話しましょう";
        assertThat(evidence(line, run(messengers, line))).contains("Lのつくアプリ");
        String discord = "Dで始まるチャットアプリに招待します";
        assertThat(run(messengers, discord)).isNotEmpty();
        // an initial that starts an ordinary word
        assertThat(run(messengers, "DVDから始まる映像の仕事です")).isEmpty();
    }

    @Test
    void aNameToSearchForWithAnInvitationToMakeContactThere() {
        String map = "グーグルマップで『整体ひまわり 杉並』を探して、お店に電話してください";
        assertThat(run(messengers, map)).extracting(Finding::rule).contains(MessengerIdDetector.RULE_SEARCH_NAME);
        String note = "noteで「佐藤みき｜編集者」を検索してください。プロフィールに連絡先があります";
        assertThat(run(messengers, note)).isNotEmpty();
        String tag = "作品は『#もりの木工所』のタグから見られます。そこのDMからご連絡ください";
        assertThat(run(messengers, tag)).isNotEmpty();
        // research tasks search for many results; a reference to look at is no contact
        assertThat(run(messengers, "Googleで「渋谷 美容室」と検索して上位10店の電話番号を一覧にしてください")).isEmpty();
        assertThat(run(messengers, "参考に「やまだ工務店TV」を検索して既存のサムネをご覧ください")).isEmpty();
    }

    @Test
    void spacedLinksAreLinks() {
        String invite = "参加はこちら → discord . gg / abc123";
        assertThat(evidence(invite, run(urls, invite))).containsExactly("discord . gg / abc123");
        String meet = "meet . google . com / abc - defg - hij で待ってます";
        assertThat(run(urls, meet)).isNotEmpty();
        String bio = "まとめ：lit ． link ／ sora_art";
        assertThat(run(urls, bio)).isNotEmpty();
        // a list separated by slashes is not a link
        assertThat(run(urls, "Word / Excel / PowerPoint が使える方")).isEmpty();
    }
}
