package dev.marketguard.screening.detect;

import static dev.marketguard.screening.detect.DetectorRun.evidence;
import static dev.marketguard.screening.detect.DetectorRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each recognizer on its own: what it must find, and the look-alikes it must leave alone. */
class DetectorsTest {

    @Test
    void phoneNumbersInTheirDisguises() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        for (String text : List.of("090-1234-5678", "０９０ー１２３４ー５６７８", "〇九〇の一二三四の五六七八",
                "ぜろきゅーぜろ いちにーさんよん ごーろくななはち", "O9O-l234-5678", "+81 90 1234 5678",
                "0\n9\n0\n1\n2\n3\n4\n5\n6\n7\n8", "⓪⑨⓪-①②③④-⑤⑥⑦⑧", "逆から→ 8765-4321-090")) {
            assertThat(run(d, "連絡先は " + text + " です")).as(text).isNotEmpty();
        }
    }

    @Test
    void datesCodesAndPricesAreNotPhoneNumbers() {
        PhoneNumberDetector d = new PhoneNumberDetector();
        for (String text : List.of("期間：2024/09/01〜2024/09/30", "品番は「080-1122-334」「080-1122-335」",
                "品番（例：KT-0901-2345、KT-0901-2346）", "JANコード 4901234567894", "報酬は1記事3,000円、月10本で30,000円",
                "注文番号 503-2847165-3392817", "問合せ先 定住推進課 0854-00-0000", "電話番号の例：090-0000-0000")) {
            assertThat(run(d, text)).as(text).isEmpty();
        }
    }

    @Test
    void emailsSpelledOutOrSplit() {
        EmailDetector d = new EmailDetector();
        String a = "kenta.works あっと gmail どっと com まで";
        assertThat(evidence(a, run(d, a))).containsExactly("kenta.works あっと gmail どっと com");
        assertThat(run(d, "rei.sato\n@\ngmail.com")).hasSize(1);
        assertThat(run(d, "yamada.works ＠ gmail.com")).hasSize(1);
        assertThat(run(d, "あどれすは shun.photo じーめーる です")).hasSize(1);
        assertThat(run(d, "Telegram @max_tokyo")).isEmpty();
        // documentation domains written plainly are sample data; disguised, they are still a contact
        assertThat(run(d, "入力例: hanako+news@example.org を許可")).isEmpty();
        assertThat(run(d, "テスト用 qa@shop.test")).isEmpty();
        assertThat(run(d, "sales(at)demo.example.com までどうぞ")).hasSize(1);
        // any bracket pair around a spelled-out @ or dot
        assertThat(run(d, "miki_k【アットマーク】outlook【ドット】jp")).hasSize(1);
    }

    @Test
    void messengerIdsNeedAnIdOrARequest() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "ﾗｲﾝやってますか？ IDは sakura_nail77 です")).isNotEmpty();
        assertThat(run(d, "らいんのIDは kaori.w_0312 です")).isNotEmpty();
        assertThat(run(d, "Skype: ai.nakamura_trans")).isNotEmpty();
        assertThat(run(d, "LINE公式アカウントのリッチメニューを作ってください")).isEmpty();
        assertThat(run(d, "オンラインで打ち合わせ、ガイドラインに沿って制作")).isEmpty();
        assertThat(run(d, "インスタ運用代行をお願いします")).isEmpty();
        assertThat(run(d, "ツイッターの自動フォロー機能とDM一斉送信を実装")).isEmpty();
        assertThat(run(d, "インスタフォローしてDMください、IDは rina_0808")).isNotEmpty();
    }

    @Test
    void aLabelBeforeTheServiceNameIsNoHandle() {
        MessengerIdDetector d = new MessengerIdDetector();
        // 名前 / アカウント followed within a few chars by the service name: the name is no ID of itself
        String warning = "当チャンネルの名前を騙ってLINEに誘導する偽アカウントがあるようです";
        assertThat(run(d, warning)).allMatch(f -> !f.isConcrete());
        String lure = "弊社の名前で「LINEを追加してくれたら優先的に採用します」というメッセージが送られているそうです";
        assertThat(run(d, lure)).allMatch(f -> !f.isConcrete());
        // a real ID after the label and the name still counts
        assertThat(run(d, "名前を見てLINE追加してね、LINEのIDは kaori_0312 です")).anyMatch(Finding::isConcrete);
        assertThat(run(d, "アカウント名 → LINE: sakura_nail77")).anyMatch(Finding::isConcrete);
        // an ID label pointing at the account named next is an ID given
        assertThat(run(d, "応募は下のIDのLINEへ写真を添えて。")).anyMatch(Finding::isConcrete);
    }

    @Test
    void aServiceOfTheWritersFamilyOrGroupIsNoRouteOffered() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "家族のLINEグループに毎晩スクショを貼って共有しています")).isEmpty();
        assertThat(run(d, "サンパウロにいる親戚とは、数年前からFacebookでつながっていて")).isEmpty();
        assertThat(run(d, "祖母本人の名前と電話番号でLINEのアカウントを作る(祖母と一緒に)")).isEmpty();
        assertThat(run(d, "「有名な経済評論家の投資勉強会」というLINEグループに誘われ")).isEmpty();
        // the writer's own account, or the reader's, is still a route
        assertThat(run(d, "家族とも使っているLINEで連絡ください")).isNotEmpty();
        assertThat(run(d, "友達とLINEで話すみたいに、気軽にLINEで連絡ください")).isNotEmpty();
    }

    @Test
    void doingAndQrBelongToTheServiceOnlyRightAfterIt() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "セルフ写真館やってます📸 インスタのリール編集お願いしたいです!")).isEmpty();
        assertThat(run(d, "A5表のみ+インスタ正方形の2つで!年末で会場混むのでQRはなしでいいです")).isEmpty();
        assertThat(run(d, "インスタやってますか？")).isNotEmpty();
        assertThat(run(d, "LINEのQR送りますね")).isNotEmpty();
    }

    @Test
    void searchingAServiceForReferenceIsNotAContactRequest() {
        MessengerIdDetector d = new MessengerIdDetector();
        assertThat(run(d, "インスタで #cafe_tokyo を検索して参考にしてください")).isEmpty();
        assertThat(run(d, "参考にしたいので、インスタで「北欧インテリア」と検索して雰囲気を見てください")).isEmpty();
        assertThat(run(d, "インスタで「hanako_design」と検索してDMください")).isNotEmpty();
        assertThat(run(d, "インスタで #hanako_design を検索してフォローしてください")).isNotEmpty();
    }

    @Test
    void bankAccountDetails() {
        BankAccountDetector d = new BankAccountDetector();
        assertThat(run(d, "みずほ銀行 渋谷支店 普通 1234567 ヤマダタロウ")).hasSize(1);
        assertThat(run(d, "銀行の窓口業務のマニュアルを作成してください")).isEmpty();
    }
}
