package dev.marketguard.screening.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every evidence span points at the ORIGINAL text: whatever normalisation did (width folding,
 * removed invisibles, collapsed spacing, spelled-out @), text == original.substring(start, end).
 */
class EvidenceOffsetPropertyTest {

    private static final List<String> PIECES = List.of(
            "090-1234-5678", "０９０－８８１２－３４０５", "〇八〇の四四一二の七七〇三", "ゼロキューゼロ ロクロクニーイチ ヨンキューイチハチ",
            "0\u200B9\u200B0-3\u200B1\u200B2\u200B4-8821", "L I N E", "ＬＩＮＥ", "ﾗｲﾝ", "ID: taro_0505", "LΙΝΕ",
            "kenta.works あっと gmail どっと com", "yuki ＠ gmail.com", "0️⃣9️⃣0️⃣", "⓪⑧⓪-⑤⑦⑦①-②④⓪⑨", "OⅦO-ⅢⅠⅣⅠ",
            "手数料がもったいないので直接", "権利収入", "★5の口コミ", "完全成果報酬", "テスト（無償）", "AnyDesk", "事務局の許可",
            "ﾃﾞｨｽｺｰﾄﾞ", "〇九〇 参壱肆壱 伍玖弐陸", "◯７◯ー２２３４", "0̶9̶0̶-̶4̶4̶8̶2̶", "gmàil", "nozomi.k ＋ アットマーク ＋ outlook.com",
            "shota.m88 アットマーク アイクラウド ドット コム", "ryo.kimura1990 に @gmail.com", "kenta[.]works[@]gmail[.]com",
            "最初は090です。次が7214。最後は3308", "t.me/ayumi_w", "ライン@ sakura.nails.77", "→ ai_studio_5", "まるきゅうまる ひとふたみよ", "shin-85 あっと どこも どっと えぬいー", "hana.k @gmail.com",
            "ぜろきゅーぜろ(よんよんはちに)ななー", "「nagisa.h」のジーメール",
            "エヌ・オー・ゼット・オー・エム・アイ", "あい・だぶりゅー・えー・ぴー・えー＋2525", "イ ン ス タに", "ら い ん", "エル・アイ・エヌ・イーで",
            // round u: script digits, accents, symbol words, instructed junk, reading instructions, spaced links
            "٠٨٠-٤٥١٩-٣٧٢٦", "ṁȯċḣi̇_cafe", "@ɡen", "blue‐harbor．com", "ai（ドット）nakamura（アンダーバー）tr", "li 下划线 ming",
            "x点com／hoshino_bz", "yuzu ＿ illust", "h*a*r*u_i*l*l（*は飛ばして）", "c❤h❤i（ハートは取ってね）", "m の i の n（「の」は取って）",
            "英字は飛ばして 0x8y0z-3q6r", "1文字おきに読んで：0ね9こ0が5す", "2回ずつ 009900 4477", "discord . gg / 7hK2mPq",
            "国番号プラス八十一、そのあと九〇の五五七四", "🇸 🇭 🇺 🇳 ＿ 🇦 🇷 🇹", "電話番号を九九で書きます", "aozora ドット stores ドット jp", "𝕏：@𝚝𝚊𝚔𝚎_𝚌𝚊𝚖", "ライブ・コロン・やまと", "プラス・エイト・ワン、ナイン・ゼロ、", "ryota.二〇〇一 ＠ gmail.com", "sakura-0312（あっと）どこも.ne.jp", "info＠kurashi－lab。jp",
            // round b: masked names, readings in brackets, cut schemes, asides, symbols defined as the dot
            "ラ◯ンで", "イン＊タ", "ヤフメの aki_tsubasa_0 です", "…tomo.h.1122（あいくらうどの.comです）", "03-6（ろく）8 4 2-1 9 0 7",
            "ttps://ogawa-kougei.co.jp/contact/", "ken・ken・0808（点はなしです）", "kaede-koubou🔴net（🔴はドットです）",
            "sakura-zakka（ドット）thebase（ドット）in",
            "が", "\n", " ", "、", "😊", "ｶﾞ", "か\u3099", "\uFEFF", "a", "Ｚ", "𠮷", "〜", "ー");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u3041', '\u30FF').ofMaxLength(6);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(4);
        return Combinators.combine(piece, noise, any).as((p, n, a) -> n + p + a).list().ofMaxSize(8)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void evidenceTextEqualsTheOriginalSubstring(@ForAll("texts") String text, @ForAll("texts") String title) {
        List<Submission> subjects = List.of(
                new Submission.Message("m", "s", "r", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT),
                new Submission.Posting("p", "c", title, text, WorkStyle.PROJECT, null));
        for (Submission s : subjects) {
            Assessment a = TestEngine.get().screen(s);
            Map<String, String> fields = s.textFields();
            for (Violation v : a.violations()) {
                for (Evidence e : v.evidence()) {
                    String original = fields.get(e.field());
                    assertThat(original).as("field %s", e.field()).isNotNull();
                    assertThat(e.start()).isBetween(0, original.length());
                    assertThat(e.end()).isBetween(e.start(), original.length());
                    assertThat(e.text()).isEqualTo(original.substring(e.start(), e.end()));
                }
            }
        }
    }

    @Property(tries = 500)
    void everyNormalisedCharMapsIntoTheOriginal(@ForAll("texts") String text) {
        NormalizedText n = new TextNormalizer().normalize(text);
        NormalizedText folded = TextNormalizer.kanaFolded(n);
        assertThat(folded.length()).isEqualTo(n.length());
        int previousStart = 0;
        for (int i = 0; i < n.length(); i++) {
            assertThat(n.originalStart(i)).isBetween(0, text.length());
            assertThat(n.originalEnd(i)).isBetween(n.originalStart(i), text.length());
            assertThat(n.originalStart(i)).isGreaterThanOrEqualTo(previousStart);
            previousStart = n.originalStart(i);
        }
    }
}
