package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.screening.analysis.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decodings added for the obfuscation-y suite (a determined abuser, written without seeing the
 * engine): each technique must fire on variants that are not the corpus sentences, and the ordinary
 * text that uses the same words must stay quiet.
 */
class DisguisedContactDecodingYTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ContactRecipeDetector recipes = new ContactRecipeDetector();
    private final MessengerIdDetector messengers = new MessengerIdDetector();

    @Test
    void piecesThatGiveTheDetailWhenJoinedAreARecipe() {
        String text = "見積もりは 080円、4471円、9920円でした。この三つを並べると私の携帯です。";
        assertThat(evidence(text, run(recipes, text))).containsExactly("並べると私の携帯です");
        text = "IDは shiro と kuma をくっつけて、最後に 88 です";
        assertThat(evidence(text, run(recipes, text))).containsExactly("をくっつけて");
        text = "#相談歓迎 #aki #draw22 の後ろ2つをハイフンでつなぐとラインのIDです";
        assertThat(run(recipes, text)).hasSize(1);
        // joining and reading words about files, tables and schedules are ordinary work
        assertThat(run(recipes, "ファイル名は日付と案件名をつなげて保存してください")).isEmpty();
        assertThat(run(recipes, "売上の表を並べると傾向が見えるので、グラフにしてください")).isEmpty();
        assertThat(run(recipes, "番号順に並べると見やすいので、そのように並べ替えてください")).isEmpty();
        assertThat(run(recipes, "メールを読むと、担当者の電話番号が書いてありました")).isEmpty();
    }

    @Test
    void anEncodingAnnouncedForAContactIsARecipe() {
        String text = "携帯番号を干支の順番で書きますね：子、丑…";
        assertThat(evidence(text, run(recipes, text))).containsExactly("携帯番号を干支の順番で書きます");
        text = "ユーザー名、モールスっぽく伝えます";
        assertThat(run(recipes, text)).hasSize(1);
        text = "LINEのID、キーボードで指が一つずれてました、読み替えてください";
        assertThat(run(recipes, text)).isNotEmpty();
        // masking, counting and formatting numbers are data work, not a recipe
        assertThat(run(recipes, "090に始まる番号の件数を数えて、表にしてください")).isEmpty();
        assertThat(run(recipes, "宛名の住所と電話番号は毛筆で書きます")).isEmpty();
        assertThat(run(recipes, "見た目で読みやすいフォントで電話番号を大きく入れてください")).isEmpty();
        assertThat(run(recipes, "電話番号などの個人情報は「＊＊＊」に置き換えて起こしてください")).isEmpty();
        assertThat(run(recipes, "お客様の電話番号とメールアドレスをつなげて一つの列にしてください")).isEmpty();
        assertThat(run(recipes, "各行の先頭の数字を削除して、番号を振り直してください")).isEmpty();
        assertThat(run(recipes, "回答コードを読み替えて、会員IDごとに集計してください")).isEmpty();
        assertThat(run(recipes, "電話番号の列は全角スペースを詰めて半角に直してください")).isEmpty();
        assertThat(run(recipes, "ロゴの頭の文字だけ大きくして、IDカードに入れてください")).isEmpty();
    }

    @Test
    void aLegendForTheAtOrTheDotIsARecipe() {
        String text = "資料は yamada 丸 office 在 gmail 丸 com へ（丸＝ピリオド、在＝アット）";
        assertThat(run(recipes, text)).hasSize(1);
        text = "｜連絡先《れんらくさき》は sato｜耳《アット》…";
        assertThat(run(recipes, text)).hasSize(1);
        assertThat(run(recipes, "評価は A=5、B=4 の5段階でつけてください")).isEmpty();
    }

    @Test
    void aLinkDictatedInWordsIsARecipe() {
        String text = "応募はフォームから：フォームズ・ドット・ジーエルイー、スラッシュのあとは aB3dE です";
        assertThat(run(recipes, text)).hasSize(1);
        text = "サイトは mori-seitai ドット com です";
        assertThat(run(recipes, text)).hasSize(1);
        text = "招待リンクは sites ドット google ドット com に置いてあります";
        assertThat(run(recipes, text)).hasSize(1);
        text = "詳細は hxxps://kobayashi-design[.]net/form から";
        assertThat(run(recipes, text)).hasSize(1);
        // a link written plainly is for the other detectors and the rules; separators named once are ordinary
        assertThat(run(recipes, "参考サイト: https://www.example.jp/guide")).isEmpty();
        assertThat(run(recipes, "日付はスラッシュ区切りで入力してください")).isEmpty();
        assertThat(run(recipes, "パスの区切りはスラッシュ、拡張子の前はドットです")).isEmpty();
        assertThat(run(recipes, "ドット絵で、ころんとした丸いキャラクターを描いてください")).isEmpty();
        assertThat(run(recipes, "ドット柄のワンピースとスラッシュポケットのパンツの商品説明を書いてください")).isEmpty();
        assertThat(run(recipes, "記号の読み方の表を作ってください：ドット、コロン、スラッシュ")).isEmpty();
        assertThat(run(recipes, "管理画面はサイトのURLのスラッシュの後ろに wp-admin をつけて開いてください")).isEmpty();
        assertThat(run(recipes, "フィッシングサイト hxxp://bad-site[.]com の報告書を翻訳してください")).isEmpty();
    }

    @Test
    void aUserNameWithTheRestDescribedIsARecipe() {
        String text = "メールは tomo.k22 で、うしろはヤフーの日本のやつです";
        assertThat(run(recipes, text)).hasSize(1);
        text = "info のあとに、小文字のaを丸で囲んだ記号、それから会社名です";
        assertThat(run(recipes, text)).hasSize(1);
        assertThat(run(recipes, "wordpress のあとに、プラグインの更新をお願いします")).isEmpty();
        assertThat(run(recipes, "wordpress のあとに google アナリティクスを設定してください")).isEmpty();
        assertThat(run(recipes, "ver1.2 のあとにドットと日付をつけて保存してください")).isEmpty();
    }

    @Test
    void aPhonePrefixDescribedIsARecipe() {
        String text = "電話は国番号のあとに 80 1234 5678 です（頭のゼロは取ってあります）";
        assertThat(run(recipes, text)).hasSize(1);
        text = "フリーダイヤルです：いちにーまるの前にゼロ、あとは 三三三 四四四";
        assertThat(run(recipes, text)).hasSize(1);
        // formatting a column of numbers is data work
        assertThat(run(recipes, "電話番号の列は、市外局番のあとにハイフンを入れる形式でお願いします")).isEmpty();
    }

    @Test
    void aQrCodeInTheProfileImageIsARecipe() {
        assertThat(run(recipes, "QRはプロフィール画像に載せてあります")).hasSize(1);
        assertThat(run(recipes, "QRコード付きのチラシを作ってください")).isEmpty();
        assertThat(run(recipes, "QRコードはプロフィール画像の右下に配置してください")).isEmpty();
    }

    @Test
    void regionalIndicatorSymbolsAreLetters() {
        assertThat(normalizer.normalize("🇰 🇪 🇳 ＿ 🇩 🇪 🇻").text()).isEqualTo("ken_dev");
        String text = "ディスコード：🇰 🇪 🇳 ＿ 🇩 🇪 🇻";
        assertThat(evidence(text, run(messengers, text))).isNotEmpty();
    }

    @Test
    void theLetterXBeforeAColonAndAHandleIsX() {
        String text = "作品は 𝕏：@𝚒𝚛𝚘𝚑𝚊_𝚙𝚑𝚘𝚝𝚘 で見られます";
        assertThat(run(messengers, text)).isNotEmpty();
        // a coordinate or a factor is no account
        assertThat(run(messengers, "グラフの軸は x: 日付、y: 件数 でお願いします")).isEmpty();
    }

    @Test
    void aSearchThatLeadsToAPhoneOrAContactFormIsSearchMyName() {
        String text = "地図アプリで『喫茶 こもれび 三鷹』と調べると出てくる店の電話番号へお願いします";
        assertThat(run(messengers, text)).isNotEmpty();
        text = "作品は『Mori Photo』で検索すると出てくるサイトにあり、そこの問い合わせ欄から直接ご連絡いただけます";
        assertThat(run(messengers, text)).isNotEmpty();
    }

    @Test
    void aPhoneReadDownTheFirstCharsOfLinesIsFound() {
        String text = "よろしくお願いします\n〇時まで対応\n八年の経験\n〇から提案\n三社と取引\n一人で運営\n二週間で納品\n"
                + "七割がリピート\n九州在住\n四日で初稿\n五回まで修正\n六月から稼働";
        List<Finding> found = run(recipes, text);
        assertThat(found).extracting(Finding::rule).containsExactly(ContactRecipeDetector.RULE_ACROSTIC);
        assertThat(evidence(text, found).get(0)).startsWith("〇時").endsWith("六");
        // a numbered list counts from 1, and a list that opens with 0 but is short is no number
        assertThat(run(recipes, "1. 構成\n2. 執筆\n3. 校正\n4. 入稿\n5. 確認\n6. 修正\n7. 納品\n8. 請求\n9. 支払\n10. 完了")).isEmpty();
        assertThat(run(recipes, "0円スタート\n9時から\n0件の事故\n5名募集")).isEmpty();
    }

    @Test
    void digitsTypedWithTheKanaInputOnAreRead() {
        String text = "かな入力のままでした、すみません：わゆわ－ぬふあう－えおやゆ";
        assertThat(run(recipes, text)).extracting(Finding::rule).contains(ContactRecipeDetector.RULE_KANA_KEYS);
        // the same kana in an ordinary sentence are words
        assertThat(run(recipes, "わあ、ふうふでおやゆびを…")).isEmpty();
    }

    @Test
    void aHostWithAFullStopOrBlanksForTheDotIsAHostInDisguise() {
        assertThat(run(recipes, "詳しくは当院サイト（hikari-shinkyu。jp）の予約ページへ")).hasSize(1);
        assertThat(run(recipes, "参加はこちら：open . kakao . com / o / abc123")).hasSize(1);
        assertThat(run(recipes, "参考：https://www.city.example.lg.jp/ をご覧ください。")).isEmpty();
    }

    @Test
    void arithmeticWhereTheDigitsShouldBeIsARecipe() {
        assertThat(run(recipes, "電話は 06 −（50×9）−（1200+34）です")).hasSize(1);
        // an image size beside a messenger name is a spec
        assertThat(run(recipes, "LINE公式のリッチメニュー画像（2500×1686）を3パターン")).isEmpty();
    }

    @Test
    void instructionsOnSingleCharsOrDigitsAreARecipe() {
        assertThat(run(recipes, "各桁を9から引くと私の携帯です→ 919-1234-5678")).hasSize(1);
        assertThat(run(recipes, "TEL：OIO-SSZZ-AAII（見た目で読んでください）")).hasSize(1);
        assertThat(run(recipes, "5O5-1234-5678 ← 最初の5は0です")).hasSize(1);
        assertThat(run(recipes, "ショップ：ｈａｎａ－ｋｏｂｏ・ｓｈｏｐ（・はドットに）")).hasSize(1);
        assertThat(run(recipes, "サーバーはディスコード ジージー スラッシュ mygame01")).hasSize(1);
        // a decimal point is a point, a first page is a page
        assertThat(run(recipes, "小数点はピリオドで、桁区切りはカンマでお願いします")).isEmpty();
        assertThat(run(recipes, "最初のページは表紙です。番号は右下に")).isEmpty();
    }

    @Test
    void englishDigitNamesReadOutInGroupsAreAPhone() {
        assertThat(normalizer.normalize("ゼロ・ナイン、ゼロ・ワン、ツー・スリー・フォー").text()).isEqualTo("09、01、234");
        String text = "番号はプラス・エイト・ワン、エイト・ゼロ、ワン・ツー・スリー・フォー、ファイブ・シックス・セブン・エイトです";
        assertThat(run(new PhoneNumberDetector(), text)).isNotEmpty();
        // two names alone, or followed by a word, stay words
        assertThat(normalizer.normalize("ワン・ツー、パンチ").text()).isEqualTo("ワン・ツー、パンチ");
        assertThat(normalizer.normalize("ワン・ツー").text()).isEqualTo("ワン・ツー");
    }

    @Test
    void aMessengerDescribedByItsIconOrAbbreviationIsThatMessenger() {
        String text = "紙飛行機マークのアプリでお願いします、ユーザー名は sora_dev77 です";
        assertThat(run(messengers, text)).isNotEmpty();
        text = "青いSのアプリでどうでしょう、IDは live:kenta.w です";
        assertThat(run(messengers, text)).isNotEmpty();
        text = "DCの名前は hoshi_games です。フレンド申請ください";
        assertThat(run(messengers, text)).isNotEmpty();
        // the icon as a design subject, direct current
        assertThat(run(messengers, "紙飛行機のアイコンをデザインしてください")).isEmpty();
        assertThat(run(messengers, "DCモーターの制御プログラム（型番 ab_1234）")).isEmpty();
    }
}
