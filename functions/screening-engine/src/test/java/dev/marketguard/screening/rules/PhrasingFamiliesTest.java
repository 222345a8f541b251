package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-engine checks for the phrasing families of every category (OTHER, UNPAID_SAMPLE_REQUEST,
 * DIRECT_TRADING, UNCERTAIN_REWARD, MULTI_LEVEL_MARKETING, EXTERNAL_TERMS_VIOLATION, STEALTH_MARKETING):
 * wordings that none of the rule examples spell out must still reach the category, and ordinary
 * messages that share their words must not. Messages are before contract in project mode.
 */
class PhrasingFamiliesTest {

    private static Assessment screen(String text) {
        return TestEngine.get().screen(new Submission.Message("m-1", "u-1", "u-2", text, Phase.BEFORE_CONTRACT,
                WorkStyle.PROJECT));
    }

    private static boolean flags(Assessment a, ViolationCategory c) {
        return a.violations().stream().map(Violation::category).anyMatch(c::equals);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OTHER                 | 設定が難しければ、こっちからパソコンを操作して直しちゃいますね。AnyDeskだけ入れておいてください
            OTHER                 | 運営さんに話を通してありますので、選考は下記の外部サイトでお願いします https://entry.example.com
            OTHER                 | ゼミのレポート、代わりに書いてもらえませんか？教授にバレないように学生っぽい文体で
            OTHER                 | 住宅ローンの審査に通るように、給料明細の金額を書き換えた画像を作ってください
            OTHER                 | 使わなくなった銀行口座を買い取ります。通帳とカードと暗証番号をセットで送ってください
            UNPAID_SAMPLE_REQUEST | 他の方とも比較したいので、ロゴを1案作っていただけますか？採用されなければ費用はお支払いできません
            UNPAID_SAMPLE_REQUEST | 腕試しに1本書いてみてもらえますか？今回の分はお支払いできないのですが、良ければ継続でお願いします
            DIRECT_TRADING        | 次の案件からはサイトを通さずに直接ご依頼いただければ、その分お安くします
            DIRECT_TRADING        | ランサーズさんには内緒で、個人的にお仕事をお願いできませんか
            DIRECT_TRADING        | この後のやりとりはメールにしましょう。アドレスはプロフィールに書いてあります
            UNPAID_SAMPLE_REQUEST | 他のライターさんとも比較したいので、導入部分の300字だけ書いて送ってください
            MULTI_LEVEL_MARKETING | うちのグループに入れば、下の人たちが頑張ってくれる分だけあなたにも毎月入ってきますよ
            MULTI_LEVEL_MARKETING | 今度、成功しているリーダーのセミナーがあるので一緒に行きませんか？人生変わりますよ
            EXTERNAL_TERMS_VIOLATION | インスタのフォロワーを5000人ほど業者から入れて、見栄えを整えておいてほしいです
            EXTERNAL_TERMS_VIOLATION | Googleフォームの投票、1人1票なんですけど、何回も投票できるようにしてもらえますか
            STEALTH_MARKETING     | 商品はお送りしますが、提供されたことは伏せて、自分で買ったことにしてレビューしてください
            STEALTH_MARKETING     | Xで一般ユーザーを装って、うちのアプリを褒める投稿を毎日3件お願いします
            OTHER                 | 体験会のご参加ありがとうございました。今回だけの特別価格でご案内します。月々15,000円×24回のお支払いです
            OTHER                 | 元彼の今の勤務先と住んでいる場所を調べてほしいです。本人に気付かれないようにお願いします
            OTHER                 | アンケートの回答が25件しか集まっていないので、100件になるように回答を作って卒論に使いたいです
            OTHER                 | 発売前の週刊誌をスキャンして翻訳し、海外サイトに載せるお仕事です
            UNCERTAIN_REWARD      | 問い合わせがあった分だけ1件800円でお支払いする形でどうでしょう
            DIRECT_TRADING        | カレンダー招待を送りたいのでGmailアドレスお願いします
            STEALTH_MARKETING     | 食べログの口コミもお願いできますか?お店に来ていただかなくても、写真を見て書いてもらえれば大丈夫です
            STEALTH_MARKETING     | ステマにあたると思いますが、気にせず星5のレビューを書いてください
            UNPAID_SAMPLE_REQUEST | 最初の3本は相性を見るための練習なので無償、4本目以降から1本2,000円お支払いします
            UNPAID_SAMPLE_REQUEST | お試しで1本無料で、というのは難しいですか?
            DIRECT_TRADING        | ランサーズでのやり取りはご遠慮ください。LINEでお願いします。
            DIRECT_TRADING        | LINEでやり取りしましょう、電話はご遠慮ください。
            STEALTH_MARKETING     | PR表記はNGです。一般の方の感想として投稿してください。
            UNPAID_SAMPLE_REQUEST | テスト記事の報酬はお支払いできません。合格した方のみ本契約です。
            MULTI_LEVEL_MARKETING | 「紹介するだけで毎月稼げます」というキャッチコピーでLPを作ってください
            DIRECT_TRADING        | 仮払いをされた場合は、お取引をお断りします。報酬は直接お振込みでお願いします。
            OTHER                 | 御社のPCを遠隔操作させていただけないなら、この件はお受けできかねます。Zoomのリモート制御機能でも構いませんので、許可をお願いできませんか。
            UNPAID_SAMPLE_REQUEST | 皆さまに同じ素材で冒頭の30秒だけ編集していただいております。週末に見比べて、お一人に正式にお願いするつもりです。
            STEALTH_MARKETING     | 公開したら、コメント欄にお客さん目線の書き込みをいくつか入れていただけないでしょうか。お店の関係者だとは誰も思わないので
            MULTI_LEVEL_MARKETING | 在庫を抱える必要はありません。商品を愛用して、良さを伝えるだけで、紹介した方の購入額に応じて毎月報酬が入ります。
            UNPAID_SAMPLE_REQUEST | テスト記事の費用は発生しません。合格した方とのみ本契約します。
            STEALTH_MARKETING     | 案件であることの記載はしません。一般の方の口コミとして書いてください。
            DIRECT_TRADING        | ランサーズでの契約は不要です。直接お振込みしますので口座を教えてください。
            EXTERNAL_TERMS_VIOLATION | 出品用のアカウントは、そちらで取得していただいたものを譲渡してください。本人確認もそちらの書類でお願いします
            MULTI_LEVEL_MARKETING | ネズミ講のような怪しいものではありません。紹介するだけで毎月収入が入る仕組みです
            OTHER                 | AnyDeskを入れていただければ、こちらで御社のPCを操作して直します。接続用の番号を教えてください
            UNCERTAIN_REWARD      | 報酬は完全成果報酬です。成約がなければ0円ですが、頑張り次第で稼げます
            UNCERTAIN_REWARD      | お礼は現金ではなく、当店の商品券5,000円分でお渡しします
            OTHER                 | うちのライティング講座(全12回・168,000円)を受講していただき、受講後に継続案件をご紹介する流れです
            OTHER                 | 修論の考察部分をお願いできますか。教授に気づかれないように、私の以前のレポートの書き方に合わせてほしいです
            OTHER                 | 以前の勤め先の会員リストがあれば、1件あたり15円で買い取りますよ。出所は問いません
            MULTI_LEVEL_MARKETING | 「権利収入に興味ありませんか」という誘いが来たら、それがうちのビジネスです。紹介者を増やすほど収入が増えます
            DIRECT_TRADING        | ランサーズの運営にバレないように、次からは直接やりとりしましょう
            DIRECT_TRADING        | 手数料がもったいないので、振込先を教えていただければ直接お支払いします
            OTHER                 | 遠隔操作はランサーズでは推奨されていないので、今回だけこっそりTeamViewerで繋がせてください
            STEALTH_MARKETING     | 広告っぽい書き方はNGです、体験談風で自然に書いてください
            DIRECT_TRADING        | 規約上ダメなので、LINEで話しましょう
            DIRECT_TRADING        | ランサーズ的にはNGですよね、でもLINEで話しましょう
            DIRECT_TRADING        | 契約してからじゃないとダメって言われるけど、LINE教えてください
            DIRECT_TRADING        | ご連絡は代表窓口 taro.yamada@gmail.com までお願いします
            DIRECT_TRADING        | インスタのDMでのやりとりは行わず、LINEでお願いします
            OTHER                 | セキュリティポリシーでNGなので、TeamViewerで私のPCを操作してもらえますか
            EXTERNAL_TERMS_VIOLATION | RMSのサブアカを複数作ってください
            EXTERNAL_TERMS_VIOLATION | 公開直後は再生数が少ないと伸びないので、再生数を増やしてくれるサービスを使ってください。費用は別途お支払いします
            EXTERNAL_TERMS_VIOLATION | フォロワーを5,000人ほど追加しておいてください。業者の利用料はこちらで出します
            EXTERNAL_TERMS_VIOLATION | 別のインスタアカウントをお持ちなら、そちらからもフォローといいねをお願いします
            DIRECT_TRADING        | ご応募の際は、実績と一緒にLINEのIDをご記載ください
            DIRECT_TRADING        | 報酬はLINE Payで直接送りますね
            DIRECT_TRADING        | サイトの外でやりましょう。ファイルはDropboxで送ります
            DIRECT_TRADING        | 連絡先の交換しませんか？
            DIRECT_TRADING        | ここでのやりとりは規約上できないので、LINEでお願いします
            DIRECT_TRADING        | LINEでのやり取りはありませんか？ID送ります
            DIRECT_TRADING        | こっちのアプリ重いから、いつものアプリで連絡くださいな。
            DIRECT_TRADING        | このサイトのシステム利用料分を上乗せしないといけないので、もしよろしければ別の形でご契約いただければ同額でお受けします。
            UNCERTAIN_REWARD      | 固定費はお出しできないのですが、アポが取れたら1件ごとにインセンティブをお支払いします。
            DIRECT_TRADING        | 規約で禁止されてるので、ここではなくLINEで話しましょう
            DIRECT_TRADING        | LINEに移りましょう
            DIRECT_TRADING        | チャットワークに移動しませんか
            DIRECT_TRADING        | ラインに切り替えましょう
            DIRECT_TRADING        | ディスコードでやりましょう
            DIRECT_TRADING        | 英訳のお仕事です。詳細は 090-1234-5678 にお電話ください
            DIRECT_TRADING        | 署名に私のアドレス hanako@gmail.com を載せておくので、そちらに連絡ください
            EXTERNAL_TERMS_VIOLATION | ポイントサイトで複数アカウントを作って案件を回してください。注意喚起されてますがバレません
            DIRECT_TRADING        | 弊社名で検索していただければ、ホームページのお問い合わせフォームから直接ご連絡いただけます
            DIRECT_TRADING        | 会社の代表番号におかけください。〇六の六三四四の八八一二、担当は森です
            DIRECT_TRADING        | チラシの下部に、担当の090-2222-3333を載せています。気軽にかけてください
            DIRECT_TRADING        | ここでは連絡先を交換することはできないんですが、LINEなら大丈夫です
            DIRECT_TRADING        | 外で直接契約することはできませんか？手数料がもったいないので
            UNPAID_SAMPLE_REQUEST | 不採用の場合、サンプル記事の報酬をお支払いすることはできません。まず1本無料で書いてください
            UNPAID_SAMPLE_REQUEST | トライアルは無償で1本お願いします、報酬はありません。
            STEALTH_MARKETING     | PR表記などは不可です。自然な口コミとして投稿してください
            DIRECT_TRADING        | サイト経由の契約はお受けできないんですが、直接振込なら対応できます
            STEALTH_MARKETING     | ランサーズの評価とは別に、Googleマップにも★5の口コミを書いてください
            DIRECT_TRADING        | 直接振り込むのはダメなんですよね？でも今回だけ口座を教えてください
            DIRECT_TRADING        | 当店のInstagram公式アカウントの運用をお願いします。詳細はインスタのDMでご連絡ください
            DIRECT_TRADING        | 当社の公式Instagram（@sample_cafe_official）にDMください。そこで打ち合わせしましょう
            DIRECT_TRADING        | 担当者と直接やりとりしたいので、ランサーズを通さずLINEで話しましょう
            OTHER                 | ヘルプページ作成の件で、TeamViewerをインストールして9桁のIDを教えてください
            EXTERNAL_TERMS_VIOLATION | アカウント1つにつき500円で、50個作ってください
            DIRECT_TRADING        | ポートフォリオはプロフィールに掲載しています。詳しくは私の名前で検索して、サイトのフォームからご連絡ください
            DIRECT_TRADING        | 顧客の口座番号の入力作業です。報酬は下記口座へ直接振り込みます
            MULTI_LEVEL_MARKETING | 「権利収入」などの勧誘トークの典型例を参考に、友達を誘ってダウンを増やしてください
            DIRECT_TRADING        | 「お電話で相談したい」とのこと、承知しました。ただ、私のほうが都合よいのでLINEでお願いします
            OTHER                 | エアコンの設定を見たいので、AnyDeskで遠隔操作させてください
            DIRECT_TRADING        | 番号を普通に書くと消されるので、逆から読んでください。8765-4321-090
            DIRECT_TRADING        | 現金でのお支払いはしておりませんので、PayPayで直接お支払いします
            STEALTH_MARKETING     | お仕事で関わったことは書かずに、自分のインスタでこの商品を紹介してください
            STEALTH_MARKETING     | ご自身のアカウントで、いちお客さんとして自然に口コミしてください
            UNCERTAIN_REWARD      | 報酬は売上が出た後に金額を決めさせてください
            EXTERNAL_TERMS_VIOLATION | 転売などではありませんが、アカウントは複数作って出品してください
            UNPAID_SAMPLE_REQUEST | 不採用作品への報酬はありません。最終候補の方には展開案も作っていただきます
            DIRECT_TRADING        | LINEは使えませんので、電話で話しましょう
            STEALTH_MARKETING     | レビューは書けませんか？★5でお願いします
            DIRECT_TRADING        | LINEで話すのはやめましょう、電話で直接相談しましょう
            DIRECT_TRADING        | ランサーズで契約するのはやめておきましょう。手数料がもったいないので
            STEALTH_MARKETING     | レビューは書けませんが、★5の口コミをGoogleマップに書いてほしいです
            EXTERNAL_TERMS_VIOLATION | 転売防止ツールを回避する仕組みを作ってください。チケットを大量に買いたいので
            EXTERNAL_TERMS_VIOLATION | 転売対策のためにアカウントを複数作ってチケットを購入してください
            STEALTH_MARKETING     | ステマ対策の記事を装って、当社商品を一般人のふりで褒める口コミを書いてください
            DIRECT_TRADING        | 以前トラブルになったので、ここではなくLINEでやりとりしましょう
            EXTERNAL_TERMS_VIOLATION | アカウントを複数作るようなことも、バレなければ問題ありません。どんどん作ってください
            UNCERTAIN_REWARD      | 報酬は完全成果報酬です。固定報酬という意味ではありません。
            DIRECT_TRADING        | 規約で禁止と言われましたが、内緒でLINEでやり取りしましょう。ID送ります
            DIRECT_TRADING        | 「LINEの方が早いので」と何度も言われたので、LINEに移りましょう。IDはabc123です
            DIRECT_TRADING        | お支払いはランサーズ経由だと手数料が高いので、銀行口座に直接振り込んでください。
            DIRECT_TRADING        | ココナラでも同じサービスを出品しているので、そちらから購入いただければ手数料が安くなります。
            MULTI_LEVEL_MARKETING | 知り合いを紹介するだけで毎月の権利収入が入ります。
            UNCERTAIN_REWARD      | 契約が成立した場合に報酬をお支払いします。成立しなければ報酬はありません。
            UNPAID_SAMPLE_REQUEST | まず要件に沿って記事を3本書いてください、気に入ったら契約します。
            OTHER                 | ランサーズ事務局の許可を得ていますので、こちらの外部フォームから適性テストを受けてください。
            UNPAID_SAMPLE_REQUEST | サンプル分の報酬をお支払いすることはルール上できないことになっています。無償で1本お願いします
            EXTERNAL_TERMS_VIOLATION | オンライン対戦ゲームで使える改造ツールを作ってください。MODで無敵にしたいです
            UNPAID_SAMPLE_REQUEST | まずは無料で3本書いていただき、良ければ1本3,000円で発注します
            STEALTH_MARKETING     | 利用者の声を、それっぽく作文してください。取材はしません
            DIRECT_TRADING        | あとで電話をかけますので、番号を送ってください
            DIRECT_TRADING        | 直接振り込むと言われました。大丈夫なので口座番号を教えてください
            DIRECT_TRADING        | 規約違反ですよね？でもバレないのでLINEで話しましょう
            DIRECT_TRADING        | 「LINEで送ってほしい」とのこと、了解です。IDはabc_123です
            DIRECT_TRADING        | 規約はありますが内緒でお電話しましょう
            DIRECT_TRADING        | ばれないようにインスタのDMで続きを話しましょう
            DIRECT_TRADING        | 検収は不要なので、私の口座に直接振り込んでください
            DIRECT_TRADING        | 面倒な手続きは不要なので直接取引にしましょう
            DIRECT_TRADING        | 怪しいと思われるかもしれませんが、LINEで直接やり取りしましょう
            DIRECT_TRADING        | お断りしているのですが、特別に直接取引も可能です
            DIRECT_TRADING        | 強制するわけではありませんが、直接振り込んでいただけると助かります
            DIRECT_TRADING        | ここでは連絡先の交換が禁止されていますので、LINEでお話ししましょう
            DIRECT_TRADING        | 手数料をお願いすることはありませんので、直接お振込みください
            DIRECT_TRADING        | サイト上ではお受けしていないので、直接メールでご依頼ください
            DIRECT_TRADING        | 以前LINE交換を求められて困ったことがありますが、今回は特別にLINEでお願いします
            DIRECT_TRADING        | 直接取引を持ちかけられた経験があるので、最初から直接振込でお願いしたいです
            DIRECT_TRADING        | 契約前の連絡先交換はできない決まりだと聞きましたが、急ぎなので電話でお話しさせてください
            DIRECT_TRADING        | このサイトでは外部での取引が認められていませんが、手数料分お安くするので直接お振込みください
            DIRECT_TRADING        | 手数料を払う必要はありませんよね？直接口座に振り込みます
            DIRECT_TRADING        | 報酬は全額現金で、打ち合わせの際に手渡しします
            UNPAID_SAMPLE_REQUEST | 無償テストを求める案件が多いと聞きますが、弊社も1本無料でお願いしています
            EXTERNAL_TERMS_VIOLATION | フォロワー購入なしでは伸びないので、1万人分購入して増やしてください
            DIRECT_TRADING        | ランサーズのメッセージは通知が遅いので使えません。LINEでご連絡ください。
            DIRECT_TRADING        | LINE交換したいというご提案、ありがとうございます。ただ、LINEよりカカオトークの方が便利なので、IDはkakao_777です。
            DIRECT_TRADING        | ここのルールで、連絡先の交換はできないです。なので私のインスタのDMに連絡ください
            DIRECT_TRADING        | PayPalで直接お支払いしたいというお申し出、ありがとうございます！それでお願いします。
            DIRECT_TRADING        | 運営に確認したところ、直接取引は禁止とのことでした。でも今回は特別にLINEで大丈夫です
            UNPAID_SAMPLE_REQUEST | 報酬をお支払いすることはありません。テスト記事なので無料でお願いします。
            UNPAID_SAMPLE_REQUEST | 見習い期間は研修扱いのため時給の対象外です。実際の案件で練習していただきます。
            EXTERNAL_TERMS_VIOLATION | フォロワーの購入などがない、自然なアカウントに見えるように、少しずつフォロワーを1000人増やしてください
            OTHER                 | データの出どころについては、こちらからおたずねすることはありません。名簿をExcelでご提供ください
            DIRECT_TRADING        | LINEだと埋もれちゃうので電話番号を教えてください
            DIRECT_TRADING        | 現金でのお支払いとかはナシで、PayPayで直接送りますね
            DIRECT_TRADING        | ご契約いただいたら、と言いましたが、今すぐLINEで話しましょう
            DIRECT_TRADING        | 手数料がもったいないので、外部サイトで契約しましょう
            EXTERNAL_TERMS_VIOLATION | 規約で禁止されているので、複数アカウントで応募してもらえると助かります。
            EXTERNAL_TERMS_VIOLATION | 複数アカウントは規約で禁止されているので、バレないように別名義で作ってください。
            STEALTH_MARKETING     | 常連のお客様のような感じで、Googleマップに口コミを書いて投稿してください。
            EXTERNAL_TERMS_VIOLATION | フォロワーの購入は規約で禁止されているので、こっそり少しずつ買ってください。
            EXTERNAL_TERMS_VIOLATION | 規約で禁止されているから、複数アカウントのことは運営に言わないでくださいね。
            """)
    void flagsWordingsOfTheFamily(ViolationCategory category, String text) {
        assertThat(flags(screen(text), category)).as("%s on %s", category, text).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OTHER                 | 遠隔操作はセキュリティ上お受けできませんので、スクリーンショットで状況を教えてください
            OTHER                 | 大学生向けにレポートの書き方を解説する記事を書いてください
            OTHER                 | 自社で使う領収書のExcelテンプレートを作成してください
            UNPAID_SAMPLE_REQUEST | トライアルとして1本お願いします。トライアル分も3,000円で契約をお送りしますのでご確認ください
            UNPAID_SAMPLE_REQUEST | 実力を拝見したく、過去の作品を何点か見せていただけますか
            DIRECT_TRADING        | 一旦こちらの契約はキャンセルして、修正した内容で改めてランサーズ上で契約し直させてください
            DIRECT_TRADING        | 個人的にはA案が好みです。社内でも確認してご連絡しますね
            UNPAID_SAMPLE_REQUEST | まずワイヤーフレームを作っていただき、確認後に正式にデザインの工程へ進みます（全体の契約は締結済みです）
            UNPAID_SAMPLE_REQUEST | ご応募の際は、自己紹介と希望単価、稼働可能な時間帯をお書きください
            MULTI_LEVEL_MARKETING | マルチ商法の勧誘ではないかとのご質問ですが、当社は一般的な通販会社です。お仕事は商品撮影のみです
            MULTI_LEVEL_MARKETING | ヨガスタジオの会員さんを紹介するページのコーディングをお願いします。掲載は本人の同意済みです
            EXTERNAL_TERMS_VIOLATION | 複数の端末で動画の再生テストを行い、不具合を報告してください
            EXTERNAL_TERMS_VIOLATION | 同じ人が何度も応募できないように、応募フォームに重複チェックを入れてください
            STEALTH_MARKETING     | お客様アンケート（掲載許可済み）をもとに、お客様の声ページを作ってください
            STEALTH_MARKETING     | コードレビューありがとうございます。指摘の点は修正してプッシュしました
            DIRECT_TRADING        | 前の依頼者さんにサイト外での直接取引を頼まれて、結局お断りしました。
            DIRECT_TRADING        | このサイトでは契約前のLINE交換が認められていません。
            UNPAID_SAMPLE_REQUEST | 確認ですが、今回の案件で無償でのテスト記事の作成は発生しませんよね？
            OTHER                 | 他のサイトでは遠隔操作ソフトのインストールを求めてくる人もいると聞きました。
            OTHER                 | 前にAnyDeskを使ってと言われたことがあって不安なのですが、今回はリモート操作は必要ですか？
            OTHER                 | 闇バイトの注意喚起スライドに、「即日5万」「受け取るだけ」などの誘い文句の例を入れてください
            OTHER                 | 通常5,000円のところ、初回のお仕事なので3,000円で制作いたします
            UNCERTAIN_REWARD      | 成果報酬のみのご依頼はお受けしていないのですが、固定報酬がある形なら検討します
            UNCERTAIN_REWARD      | 時給1,200円の固定に加え、成約1件ごとに1,000円のボーナスをお支払いします。アポイント0件の日も時給はお支払いします
            DIRECT_TRADING        | 契約前の段階なので連絡先の交換は控えさせてください。ご質問はこのメッセージでどうぞ
            DIRECT_TRADING        | 息子の英語をオンラインで見ていただける方を探しています。週1回、Zoomで
            DIRECT_TRADING        | 直接契約のご提案、ありがとうございます。ただ、お支払いはランサーズ経由でお願いしたいです
            MULTI_LEVEL_MARKETING | マルチ商法の記事、第2稿です。「ダウン」「アップ」といった業界用語には注釈を付けました
            MULTI_LEVEL_MARKETING | 先日の説明会で「2人誘えば元が取れる」と言われましたが、マルチ商法にあたると思いますので辞退します
            STEALTH_MARKETING     | クレーム対応研修のロールプレイで、お客様役をお願いできますか
            STEALTH_MARKETING     | 就業規則の該当箇所のレビューをお願いします
            UNPAID_SAMPLE_REQUEST | サンプルを無料でお願いするつもりはありません。ラフは1案3,000円で追加契約します
            EXTERNAL_TERMS_VIOLATION | フォロワーを買うとかじゃなくて、ちゃんと見てもらえるアカウントにしたいです
            EXTERNAL_TERMS_VIOLATION | 複数のアカウントで投票する作業は、主催者の規約違反かつ不正です。ご提案はお断りします
            OTHER                 | Meetで画面を共有してもらえれば、操作は全部そちらでやってもらって、私は横から見ながら指示するだけです
            UNCERTAIN_REWARD      | 完全歩合の条件だと正直厳しいので、固定報酬を設定していただけるなら応募したいです
            OTHER                 | 講座の受講は必須ではありません。ご希望の方だけ、無料の研修動画をご覧ください
            OTHER                 | 会員リストの重複を削除して、1件あたり5円でデータを整えていただくお仕事です
            OTHER                 | 遠隔での作業はせず、修正済みのファイルを納品する形で進めます。操作はご自身でお願いします
            UNCERTAIN_REWARD      | 完全成果報酬のような不利な契約が起きないよう、発注時のチェックリストを作っていただけますか
            OTHER                 | 運営から「アカウントが制限されます」というメールが来たのですが、これは本物でしょうか?怪しいリンクは開かないでおきます
            DIRECT_TRADING        | 本当はお電話のほうが話が早いのですが、サイト外での連絡は禁止と聞きましたので、こちらで失礼いたします
            DIRECT_TRADING        | 仮払いが済み次第、弊社の代表番号をお伝えしますので、急ぎの際はそちらへどうぞ
            DIRECT_TRADING        | 経理代行の件、通帳の写し（口座番号はマスキング済み）をアップしましたので、入出金を仕訳してください
            DIRECT_TRADING        | 規約翻訳の件、「利用者は本サービスを介さずに取引をしてはならない」という条文の英訳をお願いします
            UNCERTAIN_REWARD      | 募集ページに「報酬は成果報酬のみ」と書かれていたので、今回は辞退させていただきます
            MULTI_LEVEL_MARKETING | 以前、「不労所得に興味ありませんか」というような勧誘が届いたことがあって…この案件は普通のライティングですよね？
            STEALTH_MARKETING     | 楽天の件、担当者用のIDは正規の手順で発行しますので、そこはきっちりやらせてください
            DIRECT_TRADING        | 電話で話したほうが早そうですけど、契約前なのでここでのやりとりにしておきますね
            DIRECT_TRADING        | ご契約いただけましたら、現場の連絡用に携帯番号をお伝えします
            DIRECT_TRADING        | インスタのDMでのやり取りはご遠慮させてください
            DIRECT_TRADING        | Zoomで話したいと言われたのですが、これってサイト的にはダメなんですよね?
            DIRECT_TRADING        | ヘッダーの代表電話（03-5555-1234）はそのまま残して、スマホではタップで発信できるようにしてください
            DIRECT_TRADING        | 電話番号の表記はハイフンありとなし、どちらに統一しますか？元データに「045(123)4567」のような形も混ざっています
            DIRECT_TRADING        | 在庫が減ったらTelegramのグループに通知するbotを作ってください
            DIRECT_TRADING        | ラーメン屋です。店内POPに「LINE友だち追加で味玉無料」と入れたいのでデザインをお願いします
            OTHER                 | AnyDeskで操作していただく方法は社内規定でNGなので、Zoomで画面共有しながら教えてください
            EXTERNAL_TERMS_VIOLATION | Discordサーバーのモデレーターです。荒らしや規約違反投稿の削除をお願いします
            EXTERNAL_TERMS_VIOLATION | フォロワーを増やす施策の提案もお願いします。費用は広告費として別途お支払いします
            DIRECT_TRADING        | Slackのワークスペースへの招待は、仮払いの確認が取れ次第お送りします
            DIRECT_TRADING        | Telegramの公式チャンネルの告知文を英語で書いてください
            DIRECT_TRADING        | サイト外のツール（Figma）でデザインを共有したいのですが、閲覧用リンクを貼っても大丈夫ですか？
            DIRECT_TRADING        | 連絡先の交換はしません。ご安心ください。
            DIRECT_TRADING        | すみません、ランサーズの規約上、契約前に外部で連絡を取ることはできないので、LINEはお教えできません。こちらでお願いします。
            DIRECT_TRADING        | LINEの方が楽なのはわかるんですけど、規約があるのでここでやりましょう。
            DIRECT_TRADING        | LINE交換は規約違反になってしまうので、こちらでご質問ください。
            DIRECT_TRADING        | 整体院のチラシです。電話予約：045-222-3333、LINE予約はQRコードから、をチラシ下部に入れてください
            DIRECT_TRADING        | 顧客向けメールの署名に、問い合わせ先として support@shop-sample.jp を記載します
            DIRECT_TRADING        | 予約確認をSMSで送る機能の実装をお願いします
            DIRECT_TRADING        | 名刺の裏面に会社の代表番号（03-1111-2222）と代表メール（info@sample-kaisha.jp）を入れてください
            EXTERNAL_TERMS_VIOLATION | ゲームのイベント攻略をまとめた記事、ありがとうございます。RMTや代行の話題は載せない方針でお願いします。
            DIRECT_TRADING        | 弊社名で検索していただければ、ホームページで事業内容をご確認いただけます
            DIRECT_TRADING        | 前の担当者とはLINEでやり取りしていたのですが、ランサーズではできないと知り、こちらに切り替えました
            EXTERNAL_TERMS_VIOLATION | ゲームコミュニティのDiscordサーバーに、新規参加者への自動DMでルール案内を送るBotを作ってください
            OTHER                 | Googleフォームで社内アンケートを作ってほしいです。回答者のメールアドレスは収集しない設定で
            DIRECT_TRADING        | 外部でのお支払いは、申し訳ないのですがお受けできないんです。
            STEALTH_MARKETING     | 商品を使っていないのにレビューを書くことはできませんので、ご了承ください。
            EXTERNAL_TERMS_VIOLATION | アカウントを複数作成するような作業はお引き受けしておりません。
            EXTERNAL_TERMS_VIOLATION | 自動でフォローするツールは絶対に使わないでください。
            OTHER                 | 効果をうたう表現(「痩せる」「治る」など)は不可です
            EXTERNAL_TERMS_VIOLATION | 規約でスクレイピングが禁止されているサイトは対象外とします
            EXTERNAL_TERMS_VIOLATION | ゲームのチートツールの作成はお受けできないので、通常のMODだけでお願いします。
            MULTI_LEVEL_MARKETING | 権利収入をうたうようなマルチの案件ではない、ということでよろしいですか？安心しました。
            DIRECT_TRADING        | 直接の銀行振込でのお取引はお受けしていないので、仮払いをお願いします。
            UNPAID_SAMPLE_REQUEST | 無料のテストライティングはございません。初回から1本3,000円です。
            STEALTH_MARKETING     | クラウドワークスでのレビューも★5でつけさせていただきました。
            DIRECT_TRADING        | 以前「外で取引しましょう」と言われて、そのまま連絡が取れなくなって怖かったです。
            DIRECT_TRADING        | 「サイトを通さずに契約しませんか」とのご提案ですが、申し訳ありませんがお受けできかねます。
            DIRECT_TRADING        | 弊社のLINE公式アカウント開設と初期設計をお任せしたいです。
            DIRECT_TRADING        | LINE友だち追加のご案内POPをデザインしてください
            DIRECT_TRADING        | 雰囲気は当社の公式Instagram（@sample_cafe_official）の投稿を見ていただければと思います。
            DIRECT_TRADING        | 営業担当とも直接やりとりしていただけるよう、契約後にSlackへご招待します
            OTHER                 | 弊社の遠隔監視システムの管理画面をリデザインしてください。工場の設備を遠隔で制御するものです
            OTHER                 | 照明のオン・オフを遠隔で操作できるスマートホームアプリのUIデザイン
            EXTERNAL_TERMS_VIOLATION | 店舗のInstagramアカウント1件の運用をお願いします
            UNPAID_SAMPLE_REQUEST | コンペの不採用作品の著作権は制作者様に帰属します
            DIRECT_TRADING        | 実績はプロフィールに掲載しております。ご確認ください。
            DIRECT_TRADING        | 会員様の口座情報など、個人情報を扱う作業のため秘密保持契約をお願いします
            UNCERTAIN_REWARD      | 報酬は3万円(税別)+商品一式(返却不要)です
            MULTI_LEVEL_MARKETING | 「在宅で月30万」「誰でも稼げる」などの誘い文句の見分け方を、詐欺対策記事としてまとめてください
            DIRECT_TRADING        | 同じ記事に何度もアクセスすると弾かれるので、取得間隔を空ける実装にしてください
            UNCERTAIN_REWARD      | 報酬は固定5万円で、納品後に追加のご相談をさせていただくこともあります
            EXTERNAL_TERMS_VIOLATION | チケットの転売などではありません。公式リセールの使い方を解説する記事です。
            STEALTH_MARKETING     | お客様を装ったレビューは書けません。
            EXTERNAL_TERMS_VIOLATION | アカウントの売買には関われません。
            EXTERNAL_TERMS_VIOLATION | フォロワーを買うのはやめましょう、という記事を書いてください。
            STEALTH_MARKETING     | 口コミの代行は引き受けられません。
            DIRECT_TRADING        | インスタのDMで連絡するのはやめておきます。
            EXTERNAL_TERMS_VIOLATION | チケットの高額転売を防ぐための啓発ポスターのデザイン
            STEALTH_MARKETING     | ステマ防止のための社内研修資料の作成
            EXTERNAL_TERMS_VIOLATION | フォロワー購入を見抜くためのチェックリスト記事を書いてください
            OTHER                 | SNSのなりすまし対策マニュアルを作成してください
            DIRECT_TRADING        | 以前LINEで連絡を取っていた方とトラブルになったので、今回は全部ここで完結させたいです
            DIRECT_TRADING        | 直接取引を持ちかけられたら運営に報告するようにしています
            EXTERNAL_TERMS_VIOLATION | 出品はお店の正規アカウントだけで行います。別名義でアカウントを増やすようなことは決してありません。
            OTHER                 | TeamViewerなどでの遠隔操作はお引き受けしないようにしております。画面共有でご案内しますね。
            UNPAID_SAMPLE_REQUEST | サンプルを無料で描き下ろすことはしておらず、ポートフォリオからお選びいただいています。
            DIRECT_TRADING        | 本当は電話で話したいけど、契約前に番号を教えるのは規約で禁止だと息子に言われました。それまではこちらでお返事します。
            DIRECT_TRADING        | 別の方から「手数料がもったいないので口座に直接振り込みませんか」と言われました。怪しいと思ってお断りしました。
            DIRECT_TRADING        | お支払いはサイトの仮払いで行われるので、銀行口座の情報は不要ですよ。
            DIRECT_TRADING        | 道場のホームページに月謝の納入方法(道場の口座への振込)のページを作ってください。
            DIRECT_TRADING        | 以前クラウドワークスでロゴのお仕事を10件ほど受注した経験があります。
            DIRECT_TRADING        | 在庫のお問い合わせには「確認して担当から折り返します」とお答えください。
            MULTI_LEVEL_MARKETING | これまで常連さんからの紹介のみで営業してきた小さな美容室です。
            UNCERTAIN_REWARD      | お子さん向けの景品は当日配ります。デザイン料は3万円です。
            UNCERTAIN_REWARD      | 潤沢な予算はありませんが、5万円はお出しできます。
            UNPAID_SAMPLE_REQUEST | まずはご要望をこちらに書いてください。それを見てお見積もりします。
            OTHER                 | 運営からのお知らせを装った、外部の診断テストへのリンクが届きました。公式のものではないと思うので、サポートに報告しておきました。
            OTHER                 | 素材の良さをそのまま活かしたデザインでお願いします。
            DIRECT_TRADING        | 商品説明を英語にしていただける方を探しています。
            UNCERTAIN_REWARD      | ランサーズでは、完全歩合だけの依頼はルール上できないことになっています。ただ、固定の報酬をお約束いただければ大丈夫です。
            DIRECT_TRADING        | 外部で直接お振込みいただくのは規約違反になりますし、何かあったときに補償の対象外になってしまいます。
            EXTERNAL_TERMS_VIOLATION | こちらは見た目を変えるだけのMODでして、対戦には関係しません。
            UNPAID_SAMPLE_REQUEST | 1枚2,500円、とりあえず4枚お願いしたいです。
            STEALTH_MARKETING     | 工務店の「お客様の声」の取材・撮影・記事化をお願いします。
            DIRECT_TRADING        | 見込み客に電話をかけ、資料送付の許可をいただくお仕事です。
            DIRECT_TRADING        | 検証用のメールアドレスでアカウント作成をお願いします。
            DIRECT_TRADING        | 応募者の方から口座に直接振り込むと言われました。これって規約違反ですよね?
            EXTERNAL_TERMS_VIOLATION | 他の応募者から「直接やりましょう」とアドレスが届きました。規約違反ですよね?
            DIRECT_TRADING        | 別の方から「LINEのほうが早いので」とIDが送られてきたのですが、これって大丈夫なんでしょうか?
            DIRECT_TRADING        | 「LINEで送ってほしい」とのことですね、承知しました。ですが、ランサーズのルールで契約前は外部ツールが使えません。
            DIRECT_TRADING        | 夫に内緒で誕生日のサプライズをしたいので、メッセージカードのデザインをお願いします。
            DIRECT_TRADING        | LINEで連絡をとのことですが、契約前の連絡先交換はできない決まりなので、このままメッセージでお願いします
            DIRECT_TRADING        | 「口座を教えてください」とのことでしたが、仮払いの仕組みで入りますので、口座を直接お伝えする必要はありません。
            DIRECT_TRADING        | 店舗の予約受付をLINE公式アカウントに移行する設定作業をお願いします
            DIRECT_TRADING        | 契約前のLINE交換はお控えください。
            DIRECT_TRADING        | サイト外での直接のお取引はNGです。
            STEALTH_MARKETING     | やらせのレビュー投稿は認めておりません。
            UNPAID_SAMPLE_REQUEST | 無償でのテスト作業のお願いはお断りしております。
            DIRECT_TRADING        | 契約前の電話番号の交換は厳禁です。
            DIRECT_TRADING        | 今回のお仕事では、LINEなど外部ツールでのやり取りはございません。
            STEALTH_MARKETING     | 今回のお仕事では、口コミサイトへのレビュー投稿の予定はありません。
            OTHER                 | 今回のお仕事では、遠隔操作ソフトを使った作業の予定はありません。
            OTHER                 | AnyDeskなどの遠隔操作ソフトは使いません。作業はご自身のPCで完結します。
            DIRECT_TRADING        | 「手数料がもったいないので口座に直接振り込みます」という案件を見かけました。皆さんも気をつけてください。
            UNPAID_SAMPLE_REQUEST | 別の方から「テスト記事を1本無料で書いてください」と言われました。どうしたらいいでしょうか。
            DIRECT_TRADING        | 外部での直接取引を持ちかけた場合は、即時に契約を解除します。
            UNPAID_SAMPLE_REQUEST | 無償でのテスト作業を依頼された場合は、運営に通報いたします。
            DIRECT_TRADING        | フォロワーの購入や、サイト外での直接取引を持ちかけない方のみご応募ください。
            STEALTH_MARKETING     | 記事作成のお仕事です。ルールを守れる方（やらせレビューの投稿などは厳禁）
            UNPAID_SAMPLE_REQUEST | 無償でのサンプル作成をお願いすることはありません。
            EXTERNAL_TERMS_VIOLATION | 今回のお仕事では、フォロワーの購入は一切ありません。
            STEALTH_MARKETING     | 投稿の冒頭に「#PR」「提供：株式会社○○」を入れてください。2週間使ってみた正直な感想をお願いします。
            OTHER                 | 社内規定で、遠隔操作ソフトの利用はできませんので、ご了承ください。
            UNPAID_SAMPLE_REQUEST | 無料のテスト作業はNGなので、別の方法でお願いします。
            DIRECT_TRADING        | 口座への直接振込は、社内規程で禁止とのことでした。
            DIRECT_TRADING        | PayPalで直接お支払いしたいというお申し出、ありがとうございます。ただ、このお仕事はサイト上でご契約いただいていますので、サイトからのお支払いでお願いします。
            DIRECT_TRADING        | 以前、別の方から「手数料がもったいないので外部サイトで契約しませんか」と言われたことがありました。
            EXTERNAL_TERMS_VIOLATION | フォロワーの購入をすることはない、という方針です。
            STEALTH_MARKETING     | お店に頼まれて、お客さんのふりをして口コミを書くのはステマになってしまうので、お受けできません。
            DIRECT_TRADING        | ライターさんに取材先の連絡先をお渡ししたり、直接やり取りしていただく必要はありません。
            DIRECT_TRADING        | ここのメッセージ機能でやりとりしましょ。インスタのDMだと他のに埋もれちゃうので笑
            EXTERNAL_TERMS_VIOLATION | 同じ在庫を複数アカウントで出品するのは各サービスの規約で禁止されているので、誤解を招く書き方は避けたいです。
            STEALTH_MARKETING     | もちろん、お客様のふりをして書いていただくようなことは考えておりません。
            STEALTH_MARKETING     | お客様のような目線で、サイトの使いにくいところを洗い出してレポートにまとめてください。
            EXTERNAL_TERMS_VIOLATION | ルール上ダメなことは、こっそりでもやらない方針です。
            """)
    void leavesOrdinaryMessagesWithTheSameWordsAlone(ViolationCategory category, String text) {
        assertThat(flags(screen(text), category)).as("%s on %s", category, text).isFalse();
    }
}
