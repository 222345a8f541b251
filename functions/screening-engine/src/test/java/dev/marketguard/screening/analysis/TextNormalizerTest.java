package dev.marketguard.screening.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void decoratingCombiningMarksAreDroppedAndMapBackToTheirBase() {
        String original = "0̶9̶0̶";
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("090");
        assertThat(original.substring(n.originalStart(1), n.originalEnd(1))).isEqualTo("9̶");
        assertThat(normalizer.normalize("1\u03012\u20DD3\u1AB0").text()).isEqualTo("123");
    }

    @Test
    void accentedLatinLettersLoseTheirAccent() {
        assertThat(normalizer.normalize("gmàil.cöm").text()).isEqualTo("gmail.com");
        assertThat(normalizer.normalize("Café").text()).isEqualTo("cafe");
    }

    @Test
    void japaneseVoicingMarksStillCompose() {
        assertThat(normalizer.normalize("か\u3099").text()).isEqualTo("が");
        assertThat(normalizer.normalize("ｶﾞ").text()).isEqualTo("ガ");
    }

    @Test
    void lettersSpacedWithHyphensAreJoinedButHyphenatedWordsAndNumbersStay() {
        assertThat(normalizer.normalize("L-I-N-E ID").text()).isEqualTo("line id");
        assertThat(normalizer.normalize("090-1234-5678").text()).isEqualTo("090-1234-5678");
        assertThat(normalizer.normalize("e-mail, T-shirt").text()).isEqualTo("e-mail, t-shirt");
    }
}
