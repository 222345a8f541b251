package dev.marketguard.screening.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.JapaneseAnalyzer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The classifier reads two sentences at a time where the document as a whole leans (shipped model). */
class PassageReadingTest {
    private static final int UNPAID = ViolationCategory.UNPAID_SAMPLE_REQUEST.ordinal();
    /** Long, ordinary, and one mild sentence asking for an unpaid piece before any order. */
    private static final String DILUTED = """
            さいたま市で整体院を営んでおります。開院して8年目になり、地域の方を中心に多くの患者様にご来院いただいております。
            このたびホームページのコラムを強化するため、継続してご協力いただけるライターさんを募集いたします。

            【業務内容】
            ・腰痛、肩こり、産後の骨盤ケアなどに関するコラム記事の作成
            ・1記事あたり2,000〜3,000文字程度
            ・構成案は当院でご用意します（院長が監修いたします）
            ・写真は当院で撮影したものをお渡しします

            【応募条件】
            ・医療・健康系ジャンルでの執筆経験がある方
            ・医療広告ガイドラインの基本を理解している方
            ・月4本以上、継続してご対応いただける方

            【選考の流れ】
            ご応募の際に、こちらで指定するテーマで記事を1本書いてお送りください。選考用の原稿のため費用はお支払いしておりません。

            【報酬】
            1記事 4,000円（税込）〜 ※ご経験に応じてご相談いたします

            院長・受付スタッフともに、やり取りは丁寧に行うよう心がけております。長くお付き合いいただける方からのご応募をお待ちしております。
            """;

    private static JapaneseAnalyzer analyzer;
    private static LinearModel model;
    private static PassageReading passages;
    private final FeatureExtractor features = new FeatureExtractor();

    @BeforeAll
    static void load() {
        analyzer = new JapaneseAnalyzer();
        model = LinearModel.loadDefault();
        passages = new PassageReading(model, new FeatureExtractor());
    }

    @Test
    void aDilutedPassageSpeaksForADocumentThatLeansItsWay() {
        List<AnalyzedField> fields = List.of(analyzer.analyze("body", DILUTED));
        double[] document = model.predict(features.extractHashed(fields));
        double[] read = passages.apply(fields, document, new FeatureVector());
        assertThat(document[UNPAID]).isBetween(PassageReading.DOCUMENT_LEANS, 0.625); // 0.8 x p under review
        assertThat(read[UNPAID]).isGreaterThanOrEqualTo(PassageReading.PASSAGE_READS);
    }

    @Test
    void withoutThatSentenceNothingIsRaised() {
        String ordinary = DILUTED.replace("ご応募の際に、こちらで指定するテーマで記事を1本書いてお送りください。選考用の原稿のため費用はお支払いしておりません。",
                "書類選考のあと、オンラインで30分ほどお話しします。");
        List<AnalyzedField> fields = List.of(analyzer.analyze("body", ordinary));
        double[] document = model.predict(features.extractHashed(fields));
        assertThat(passages.apply(fields, document, new FeatureVector())).containsExactly(document);
    }

    @Test
    void noPassageIsReadWhereNoCategoryLeans() {
        List<AnalyzedField> fields = List.of(analyzer.analyze("body", DILUTED));
        double[] calm = new double[LinearModel.CATEGORIES];
        assertThat(passages.apply(fields, calm, new FeatureVector())).isSameAs(calm);
    }

    @Test
    void sentencesEndAtFullStopsMarksAndLineBreaks() {
        String text = "今日は晴れ。明日は雨!\n週末は\n未定です";
        var tokens = analyzer.tokenize(text);
        int[] starts = PassageReading.sentenceStarts(text, tokens);
        assertThat(starts).hasSize(5); // four sentences, then the token count
        assertThat(tokens.get(starts[1]).surface()).isEqualTo("明日");
        assertThat(tokens.get(starts[2]).surface()).isEqualTo("週末");
        assertThat(tokens.get(starts[3]).surface()).isEqualTo("未定");
        assertThat(starts[4]).isEqualTo(tokens.size());
    }
}
