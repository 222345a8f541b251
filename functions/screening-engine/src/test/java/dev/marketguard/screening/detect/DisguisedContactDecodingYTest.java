package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.screening.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The decodings added for the obfuscation-y suite (a determined abuser, written without seeing the
 * engine): each technique must fire on variants that are not the corpus sentences, and the ordinary
 * text that uses the same words must stay quiet.
 */
class DisguisedContactDecodingYTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MessengerIdDetector messengers = new MessengerIdDetector();

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
}
