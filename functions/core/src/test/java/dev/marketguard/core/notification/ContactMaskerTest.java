package dev.marketguard.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactMaskerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "090-1234-5678|090-****-5678",
            "09012345678|090****5678",
            "03-1234-5678|03-****-5678",
            "090 1234 5678|090 **** 5678",
            "(090)1234-5678|(090)****-5678",
            "+81 90-1234-5678|+81 **-****-5678",
            "０９０－１２３４－５６７８|090-****-5678",
            "090ー1234ー5678|090-****-5678",
            "〇九〇-一二三四-五六七八|090-****-5678",
            "電話は090-1234-5678までお願いします|電話は090-****-5678までお願いします",
    })
    void masksPhoneNumbersKeepingTheFirstGroupAndTheLastFourDigits(String text, String masked) {
        assertThat(ContactMasker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "taro_1988|t***",
            "ｔａｒｏ＿１９８８|t***",
            "t a r o @ e x a m p l e . c o m|t***",
            "5678|5***",
            "090-1234-5678|090-****-5678",
            "taro.yamada@example.com|t***@example.com",
            "LINE|LINE",
            "TikTok|TikTok",
            "までご連絡ください|までご連絡ください",
            "pay by PayPal directly|pay by PayPal directly",
    })
    void contactEvidenceIsMaskedEvenWithoutTheWordsAroundIt(String evidence, String masked) {
        assertThat(ContactMasker.maskContactEvidence(evidence)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "abc@example.com|a***@example.com",
            "taro.yamada+jobs@mail.example.co.jp|t***@mail.example.co.jp",
            "ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ|a***@example.com",
            "abc (at) example (dot) com|a***@example.com",
            "abcアットマークexample.com|a***@example.com",
            "連絡はabc@example.comへ|連絡はa***@example.comへ",
    })
    void masksEmailAddressesKeepingTheFirstCharacterAndTheDomain(String text, String masked) {
        assertThat(ContactMasker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "LINE ID abc123|LINE ID a***",
            "LINE ID: taro_88|LINE ID: t***",
            "ＬＩＮＥ：ｔａｒｏ８８|LINE:t***",
            "ラインIDはabc123です|ラインIDはa***です",
            "Skype: yamada.taro|Skype: y***",
            "ID：abc123|ID:a***",
            "@taro_88 まで|@t*** まで",
            "https://line.me/ti/p/~taro88 から追加|line.me/*** から追加",
    })
    void masksChatIdsHandlesAndLineLinks(String text, String masked) {
        assertThat(ContactMasker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "報酬は30000円です",
            "2019-01-31 締切",
            "LINEで連絡ください",
            "オンラインでの打ち合わせ",
            "歩合制・成果報酬のみ",
            "https://●●●●",
            "",
    })
    void leavesTextWithoutContactDetailsAlone(String text) {
        assertThat(ContactMasker.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"090-1234-5678 と abc@example.com と LINE ID taro88", "ＬＩＮＥ ＩＤ：ｔａｒｏ８８　０９０１２３４５６７８"})
    void noDigitRunOrIdSurvivesInAMixedText(String text) {
        String masked = ContactMasker.mask(text);
        assertThat(masked).doesNotContain("1234", "abc@", "taro88", "ｔａｒｏ", "１２３４");
    }

    @org.junit.jupiter.api.Test
    void excerptsAreOneLineMaskedAndCut() {
        assertThat(ContactMasker.maskedExcerpt("電話\n090-1234-5678\u3000へ", 100)).isEqualTo("電話 090-****-5678 へ");
        assertThat(ContactMasker.maskedExcerpt("あ".repeat(50), 10)).isEqualTo("あ".repeat(9) + "…");
        assertThat(ContactMasker.maskedExcerpt(null, 10)).isEmpty();
    }
}
