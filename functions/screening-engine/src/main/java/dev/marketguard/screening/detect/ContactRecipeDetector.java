package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import dev.marketguard.screening.analysis.PhraseAutomaton;
import dev.marketguard.screening.analysis.TextNormalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact detail handed over as a recipe instead of written out: the text tells the reader how to
 * rebuild it (「この3つを並べると私の直通です」「電話番号を九九で書きます」「一つ左のキーに読み替えて」
 * 「スラッシュの後ろに…をつけて開いて」「hinata.works7 で、うしろはグーグルさんの無料メール」). The puzzle
 * itself (a cipher, arithmetic, a keyboard shift) is out of a filter's reach, but an abuser must explain
 * it to the reader, and that explanation is the finding. Each tell is a phrase that ordinary work text
 * hardly uses about a contact; most also need a contact word (番号, ID, アドレス, a messenger) close by,
 * and those that data work also uses stay quiet near its words. Runs on the kana-folded view; a tell's
 * regex is tried only when one of its literal keys is in the text (one pass finds them all).
 *
 * <p>Two puzzles are simple enough to decode outright: a phone read down the first chars of lines
 * (縦読み) and digits typed with the kana input on; and a host whose dots were spelled out or
 * replaced is reported as the host.
 */
public final class ContactRecipeDetector implements Detector {
    static final String RULE = "contact.recipe";
    /** A recipe is a detail given now, but only as instructions: review, not block, on its own. */
    private static final double SCORE = 0.75;
    /** How far (chars, either side) the contact word may stand from a tell that needs one. */
    private static final int NOUN_WINDOW = 40;

    /** What is being rebuilt: a phone, an ID or address, a messenger, an @handle. */
    private static final Pattern CONTACT_WORD = folded(
            "電話|(?<!郵便|注文|商品|会員|管理|伝票|部屋|整理|受付|品|型|背|車両|座席)番号|携帯|けいたい|ケータイ|直通|連絡先|折り返し|フリーダイヤル|(?<![a-z])id(?![a-z])|アイディ|ユーザー名|ユーザーネーム"
                    + "|アカウント|アドレス|メアド|メール|(?<![a-z])line(?![a-z])|ライン|インスタ|skype|スカイプ|discord|ディスコ"
                    + "|テレグラム|telegram|緑(?:の)?アプリ|通話アプリ|ドメイン|(?<![a-z])(?:tel|phone)(?![a-z])|@[ \\t]*[a-z0-9_]"
                    // a number already shaped like a phone's (「8O8-9912-3345 ← 最初の8は0です」)
                    + "|(?<![0-9])[0-9o]{2,4}-[0-9]{3,4}-[0-9]{4}(?![0-9])");

    /** What a link is handed over for: a form, an invitation, a friend link, a shortener, an account. */
    private static final Pattern LINK_WORD = folded(
            "フォーム|招待|友だち追加|友達追加|短縮|ドメイン|アカウント|緑(?:の)?アプリ|(?<![a-z])line(?![a-z])|ライン|ディスコ|discord");
    /** What a described address is handed over for: a site, its pages, its contact form. */
    private static final Pattern SITE_WORD = folded("サイト|ホームページ|(?<![a-z])hp(?![a-z])|(?<![a-z])url(?![a-z])|アドレス|ドメイン|お問い合わせ|問い合わせ");
    /** Choosing or registering a domain is web work, not a site handed over (「社名のローマ字＋ドットコムで取得」). */
    private static final Pattern DOMAIN_SETUP_TALK = folded("取得|候補|空き|空いて|登録|設定|移管|更新|変更");
    /** Separators named to explain a format or a path (「区切りはスラッシュ、拡張子の前はドット」), not to dictate a link. */
    private static final Pattern FORMAT_TALK = folded(
            "区切|表記|書式|形式|記法|使い方|読み方|記号|句読点|正規表現|パス|ディレクトリ|拡張子|コマンド|ファイル名|プログラム|パラメータ|クエリ|wp-admin|ショートカット");
    /** Defanged links are also how security reports quote bad ones. */
    private static final Pattern SECURITY_TALK = folded("マルウェア|フィッシング|悪性|悪意|ioc|脅威|セキュリティ|不審|詐欺|攻撃");
    /**
     * Joining, reading, counting and cleaning numbers and IDs is also everyday data work (「電話番号と
     * メールアドレスをつなげて一つの列に」「先頭の数字を削除して番号を振り直す」): near these words the same
     * verbs are the task, not a recipe.
     */
    private static final Pattern DATA_TALK = folded(
            "(?<!配)列(?:に|を|は|の|ごと|名)|セル|シート|エクセル|excel|csv|集計|データ|一覧|関数|スプレッドシート|名簿|顧客|会員番号|統一|振り直|削除|整形"
                    + "|入力規則|マクロ|vba|フォーマット|形式|半角|選択|カード|ロゴ|配置|チェックディジット");
    /** Numbers written by hand or laid out in a manuscript are a craft, not an encoding. */
    private static final Pattern HANDWRITING_TALK = folded("毛筆|筆耕|楷書|手書き|ペン字|宛名|封筒|はがき|ハガキ|年賀状|伝票|名刺|カード|原稿|縦書き|半角|全角|形式");
    private static final int UNLESS_WINDOW = 30;

    /**
     * One way of explaining a disguise: literal keys (any must occur), the phrase, words of which one
     * must stand within {@link #NOUN_WINDOW} (null: none needed), words of which none may stand within
     * {@link #UNLESS_WINDOW} (null: none).
     */
    private record Tell(String[] keys, Pattern phrase, Pattern near, Pattern unless, String[] moreKeys) {
        /** The same tell, run only when one of {@code others} is in the text too. */
        Tell alsoNeeding(String... others) {
            return new Tell(keys, phrase, near, unless, foldAll(others));
        }
    }

    /** Between a user name and the description of what follows it: 「 で、うしろは」「のあとに、」. */
    private static final String REST_DESCRIBED =
            "[ \\t]*(?:で|デ)?[、,]?[ \\t]*(?:その)?(?:の)?(?:あと|後|うしろ|後ろ)(?:に|は)[、,]?[^。\\n]{0,12}?";

    private static final List<Tell> TELLS = List.of(
            // the pieces put together give the detail: 「並べると私の直通になります」「数字を順に拾うと私の携帯」「つなぐとIDです」
            // (the detail is what results: 「番号順に並べると見やすい」 is not one)
            dataLikeTell("(?:並べ|ならべ|拾う|ひろう|つなぐ|繋ぐ|(?:順に|順番に|から|縦に|横に)(?:読む|よむ))(?:る)?と[、,]?[^。\\n]{0,12}?"
                    + "(?:携帯|電話|直通|番号|(?<![a-z])id|アイディ|アドレス|メアド|連絡先)(?:に|です|が|へ|になり)"
                    + "|(?:並べ|ならべ)た(?:もの|携帯|番号|電話|id)", "並べ", "ならべ", "拾う", "ひろう", "つなぐ", "繋ぐ", "読む", "よむ"),
            // 「kuro と neko をくっつけて」「英語を区切りなしでつなげて」「答えをつなげて」
            dataLikeTell("を[^。\\n]{0,8}?(?:つなげ|繋げ|つない|繋い|くっつけ)(?:て|た|で|だ)", "つなげ", "繋げ", "つない", "繋い", "くっつけ"),
            // 「@ に続けて、苗字のローマ字」
            tell(null, null, "(?:@|アット|アットマーク)[ \\t]*(?:に|の(?:後|あと|うしろ|後ろ)に)[ \\t]*続けて", "続けて"),
            // how to read it: swap keys, count, read a column or the first letters, a radio alphabet
            // (not 「件数を数えて」「個人情報は＊＊＊に置き換えて」: counting and masking are ordinary data work)
            // (one tell per key family, so that a common key such as 頭の runs one small regex, not all of them)
            dataLikeTell("読み替え|読みかえ|個数を数え|列から読|なぞなぞ|見た目で読(?:んで|めば|む)",
                    "読み替え", "読みかえ", "個数を数え", "列から読", "なぞなぞ", "見た目で読"),
            dataLikeTell("(?:頭|先頭)の(?:字|文字|数字)", "頭の字", "頭の文字", "頭の数字", "先頭の字", "先頭の文字", "先頭の数字"),
            // 「各桁を9から引いてください」: arithmetic on each digit
            dataLikeTell("(?:各桁|各数字|それぞれの数字|各けた)(?:を|に|から)[^。\\n]{0,8}?(?:引い|ひい|引く|足し|たし|足す)", "各桁", "各数字", "それぞれの数字", "各けた"),
            // 「全角・スペースはそのまま直してください」
            dataLikeTell("(?:全角|スペース|空白)[^。\\n]{0,10}?(?:直して|なおして|詰めて|つめて)", "直して", "なおして", "詰めて", "つめて"),
            dataLikeTell("っぽく(?:伝え|書)|かな入力のまま|シフト(?:を)?押し(?:たまま|っぱなし)|同じキーの数字|指が[^。\\n]{0,6}ずれ|英数に切り替え|(?:全部|すべて|全て)ローマ字",
                    "っぽく", "かな入力", "押したまま", "押しっぱなし", "同じキー", "指が", "英数に", "部ローマ字", "てローマ字"),
            // 「番号をモールス信号で送ります」「語呂合わせで覚えてください」「奇数番目・偶数番目に分けて書きます。交互に並べて」
            // 「全部発音が数字と同じ言葉です」: the encoding named (not 「語呂合わせで覚えてもらえるコピー」, a copywriting job)
            dataLikeTell("(?:モールス(?:信号)?|暗号|正の字|サイコロの目)で(?:送り|書き|かき|伝え)ます|語呂合わせで(?:送り|書き|伝え)ます|語呂合わせで覚えてください"
                    + "|(?:奇数|偶数)番目[^。\\n]{0,12}?分けて(?:書き|かき)ます|交互に(?:並べ|ならべ|読ん|よん)で|(?:発音|読み)が数字と同じ|数字と同じ(?:発音|読み)",
                    "モールス", "暗号", "正の字", "サイコロの目", "語呂合わせ", "番目", "交互に", "数字と同じ"),
            // an address built from a name and the site's domain: 「ドメインの前に「koho」とアットマークをつけたもの」
            // 「苗字（suzuki）＠会社名のローマ字」: the @ added in words, or a description where the domain should be
            dataLikeTell("[」』\"]?[ \\t]*(?:と|に)[ \\t]*(?:アットマーク|アット|@)(?:マーク)?(?:を)?[ \\t]*(?:つけ|付け)"
                    + "|[a-z0-9][ \\t]*[)）」』]?[ \\t]*@[ \\t]*(?:弊社|当社|会社|ウチ|うち|お店|店|法人|事務所)(?:の)?(?:名|名前|ドメイン|ローマ字|英語|サイト|ホームページ|hp)",
                    "アット", "@"),
            // a site's address described, its top-level domain in katakana: 「『ひまわり整体』のローマ字（himawari-seitai）に、
            // 日本の「ジェーピー」です」「社名のアルファベット表記を小文字にして…最後に ドットコム」 (not choosing a domain to register)
            tell(SITE_WORD, DOMAIN_SETUP_TALK, "(?:ローマ字|アルファベット|英語表記|英字|小文字)[^。\\n]{0,40}?"
                    + "(?:ドット[ \\t・]*(?:コム|ネット|ジェーピー|ジェイピー)|(?<![ァ-ヶ])(?:ジェーピー|ジェイピー|シーオー[・ ]?ジェ[ーイ]ピー)(?![ァ-ヶ]))",
                    "ジェーピー", "ジェイピー", "ドット"),
            // 「forms.gle のあとにスラッシュ、続けて 大文字のK、小文字のp、数字の7…」: a link dictated char by char
            tell(LINK_WORD, null, "(?:(?:大文字|小文字|数字)の[ \\t]*[a-z0-9][ \\t]*[、,][ \\t]*){3,}", "大文字の", "小文字の"),
            // 「0300000000 に 61415926 を足した数です」: a number to be computed from two others
            dataLikeTell("[0-9]{6,}[ \\t]*(?:に|と)[ \\t]*[0-9]{3,}[ \\t]*を(?:足し|たし|引い|ひい|掛け|かけ)た", "足した", "たした", "引いた", "ひいた", "掛けた", "かけた"),
            // 「（オ＝0、ハ＝8、ミ＝3…）」「（一＝1、丅＝2、下＝3…）」: a legend of three or more symbols for digits
            // (not prices or scores: 「松＝3万円」, nor Latin grades 「A=5、B=4」)
            dataLikeTell("(?:[^ \\t\\n0-9a-z=、,][ \\t]*=[ \\t]*[0-9](?![0-9万千百円件個点%])[ \\t]*[、,][ \\t]*){2,}[^ \\t\\n0-9a-z=、,][ \\t]*=[ \\t]*[0-9](?![0-9万千百円件個点%])",
                    "="),
            // 「(②は無視してください) ①ぜろはちぜろ ②にーにーにー」: a decoy list item (circled digits are folded to digits)
            dataLikeTell("(?<![0-9])[1-9](?:番目)?は無視", "は無視"),
            // the writer announces an encoding: 「電話番号を旧暦の月の名前で書きますね」「IDを文字コードで書きます」「サイコロの目も混ぜてます」
            // (not a craft or a layout: 「宛名の電話番号は毛筆で書きます」「番号は漢数字で書きます（縦書きの原稿）」)
            tell(null, HANDWRITING_TALK, "(?:電話番号|番号|携帯|(?<![a-z])id|アイディ|ユーザー名|アドレス|メアド)(?:です)?(?:を|は|、|,)?[^。\\n]{0,24}?"
                    + "(?:(?:で|っぽく)(?:書き|かき|伝え)ます|(?:混ぜ|まぜ)て(?:ます|あります|います))",
                    "書きます", "かきます", "伝えます", "混ぜて", "まぜて"),
            // a legend that defines a symbol for @ or the dot: 「在＝アット」「点はピリオド」「《アット》」
            tell(null, null, "[^ \\t\\n][ \\t]*[=＝][ \\t]*(?:アット|アットマーク|@|ピリオド)(?![a-z])|《(?:アット|アットマーク|@|ドット|ピリオド)》"
                    // 「真ん中の点はピリオド」「（・はドットに）」 (not 「小数点はピリオドで」)
                    + "|(?:真ん中|間|あいだ)の点は(?:ピリオド|ドット)|[(（][ \\t]*[・･][ \\t]*は(?:ドット|ピリオド)",
                    "=", "＝", "《", "点は", "はドット", "はピリオド"),
            // 「kaede-koubou🔴net（🔴はドットです）」: a symbol that stands for the dot or the @, glued to a name
            // (a tell of its own: its look-ahead is tried after every Latin char, so only where such a legend is written)
            tell(null, null, "(?<=[a-z0-9])(?<sym>[^a-z0-9 \\t\\n.@()（）、。]{1,2})(?=[a-z0-9][^\\n]{0,40}?[(（][ \\t]*\\k<sym>[ \\t]*は[ \\t]*(?:ドット|ピリオド|アット|アットマーク|@)(?:です|の|で|に|[)）]))",
                    "はドット", "はピリオド", "はアット", "は@").alsoNeeding("(", "（"),
            // 「8O8-9912-3345 ← 最初の8は0です」: one char of the detail said to be another
            dataLikeTell("(?:最初|頭|先頭|最後|末尾)の[0-9a-z]は[0-9a-z](?:です|に|で)", "最初の", "頭の", "先頭の", "最後の", "末尾の"),
            // 「052 −（100×8−1）−（3000+456）」: arithmetic written where the digits should be
            // (a multiplication or addition inside; a bracketed 「(03-1234)」 is just a number, 「（2500×1686）」 a size)
            dataLikeTell("[(（](?![ \\t]*[0-9]{2,}[ \\t]*[×*][ \\t]*[0-9]{2,}[ \\t]*[)）])[ \\t]*[0-9]+(?:[ \\t]*[\\-−][ \\t]*[0-9]+)*[ \\t]*[×*÷+][ \\t]*[0-9]+(?:[ \\t]*[×*÷+\\-−][ \\t]*[0-9]+)*[ \\t]*[)）]",
                    "×", "+", "*", "÷"),
            // symbols to be dropped: 「ハイフンは区切りなので抜いてください」
            dataLikeTell("(?:ハイフン|スペース|空白|記号|アンダーバー)(?:は|を)[^。\\n]{0,12}?(?:抜いて|ぬいて|除いて|消して|取って|とって)",
                    "抜いて", "ぬいて", "除いて", "消して", "取って", "とって"),
            // a phone's prefix described: 「市外局番は横浜の、そのうしろは」「国番号のあとに」「頭のゼロは取って」「いちにーまるの前にゼロ」
            dataLikeTell("(?:市外局番|国番号)(?:は|の)[^。\\n]{0,16}?(?:うしろ|後ろ|あと|後)(?:は|に)|(?:頭|先頭|最初)の(?:ゼロ|0|零)(?:は|を)?[^。\\n]{0,4}?(?:取|抜|省|とっ|ぬい)"
                    + "|の前に(?:ゼロ|0|零)", "局番", "国番号", "のゼロ", "の0", "の零", "前にゼロ", "前に0", "前に零"),
            // a link or address dictated in words: spelled separators with name pieces between them
            // (「ライン・ドット・ミー／」「ライブ・コロン・やまと・ドット・さとう」「haruka ドット 123 あっとまーく」),
            // not separator words in a list (「ドット、コロン、スラッシュ」) or in other words (ドット絵, ころんとした)
            tell(null, FORMAT_TALK, "(?:ドット|スラッシュ|コロン|アット(?!ホーム))[・･、, \\t/]+(?:[a-z0-9\\-]+|[ァ-ヶー]+)"
                    + "(?:[・･、, \\t]+(?:[a-z0-9\\-]+|[ァ-ヶー]+)){0,3}[・･、, \\t]*(?:ドット|スラッシュ|コロン|アット(?!ホーム)|/)",
                    "ドット", "スラッシュ", "コロン", "アット"),
            // 「えいちてぃーてぃーぴーえす、ころん、すらっしゅすらっしゅ」「コロン、スラッシュ2本」: the scheme of a link spelled out
            tell(null, FORMAT_TALK, "(?:エス|s|ピー|p)[・･、, \\t]*コロン[・･、, \\t]*スラッシュ|スラッシュ[・･、 \\t]*(?:スラッシュ|2本|二本)", "スラッシュ"),
            // 「ライブ コロン nakamura」「www.aoi-solutions ドットコム/recruit」: a spelled separator glued to a user or host name
            tell(null, FORMAT_TALK, "(?:コロン|スラッシュ)[ \\t・、,]{0,2}[a-z0-9]|[a-z0-9][ \\t]*ドット[ \\t・]*(?:コム|ジェーピー|ネット)", "コロン", "スラッシュ", "ドット"),
            tell(LINK_WORD, FORMAT_TALK, "スラッシュ(?:の)?(?:後ろ|うしろ|あと|後|以降)", "スラッシュ"),
            tell(LINK_WORD, FORMAT_TALK, "の(?:後ろ|うしろ)に[^。\\n]{0,24}?(?:つけて|付けて|入れて)[^。\\n]{0,4}?(?:開|アクセス)", "の後ろに", "のうしろに"),
            // a defanged link (hxxps://, [.]): a URL written so that it is not a link
            tell(null, SECURITY_TALK, "hxxps?://|(?<=[a-z0-9])\\[\\.\\](?=[a-z])", "hxxp", "[.]"),
            // 「ttps://ogawa-kougei.co.jp/contact/（頭に h をつけてください）」: the scheme cut so it does not link
            tell(null, SECURITY_TALK, "(?<![a-z])ttps?://[a-z0-9]", "ttp"),
            // an aside that the dots or the blanks around them are not part of it: 「ken・ken・0808（点はなしです）」
            // 「cafe_hidamari . kyoto（点の前後のスペースはなしです）」 (not 「（ハイフンなし）」, a form field's format)
            dataLikeTell("[(（][ \\t]*(?:点|ドット|中黒|[「『][・･.][」』])(?:は|も|の前後の(?:スペース|空白)は)[ \\t]*(?:なし|無し|抜き|抜いて|いらない|不要|取って|とって|消して)",
                    "なし", "無し", "抜き", "抜いて", "いらない", "不要", "取って", "とって", "消して"),
            // 「英字はダミーなので消してください：0a6b6c7d…」: letters mixed into a number to be dropped
            dataLikeTell("(?:英字|アルファベット|ローマ字)(?:は|を)[^。\\n]{0,12}?(?:抜いて|ぬいて|除いて|消して|取って|とって|無視)",
                    "抜いて", "ぬいて", "除いて", "消して", "取って", "とって", "無視"),
            // a QR code or contact that waits in the profile image
// (said as where it is now: 「QRコードはプロフィール画像の右下に配置してください」 is a design task)
            tell(null, null, "qr(?:コード)?(?:は|を|が)?[^。\\n]{0,6}?(?:プロフ|アイコン|ヘッダー)[^。\\n]{0,6}?(?:に|から)"
                    + "(?:あります|載せてあります|載っています|のって(?:い)?ます|貼ってあります|置いてあります|読み取|追加|登録)", "qr"),
            // a user name, then the rest described: 「hinata.works7 で、うしろはグーグルさんの無料メール」「support のあとに、小文字のaを丸で囲んだ記号」
            // (a provider after a user name with a digit or . _ -, an @ described after any name; 「wordpress のあとに
            // google アナリティクス」 is a setup order, 「ver1.2 のあとにドットと日付」 a file name)
            tell(null, null, "(?<![a-z0-9._\\-])[a-z][a-z0-9]*[0-9._\\-][a-z0-9._\\-]{0,40}" + REST_DESCRIBED
                    + "(?:グーグル|google|ヤフー|yahoo|マイクロソフト|アウトルック|outlook|gmail|アットマーク|アット(?!ホーム)|@|丸で囲|丸い記号|耳)"
                    + "|(?<![a-z0-9._\\-])[a-z][a-z0-9._\\-]{2,40}" + REST_DESCRIBED + "(?:アットマーク|アット(?!ホーム)|@|丸で囲|丸い記号|耳(?:の|マーク|みたい))",
                    "のあと", "の後", "うしろ", "あとに", "あとは").alsoNeeding(
                    "グーグル", "google", "ヤフー", "yahoo", "マイクロソフト", "アウトルック", "outlook", "gmail", "アット", "@", "丸で囲", "丸い記号", "耳"));

    /** Every tell's keys, found in one pass over the text (see {@link KeyIndex}). */
    private static final KeyIndex KEYS = new KeyIndex(TELLS);

    /**
     * The literal keys of all tells, found in one pass over the text: a set bit i in
     * {@code find(t)[0]} says one of tell i's keys occurs, in {@code [1]} one of its more keys.
     * (Up to 64 tells; a hundred separate indexOf passes cost more than all the regexes they guard.)
     */
    private static final class KeyIndex {
        private final PhraseAutomaton automaton;
        /** Per key (the automaton's phrase index): its tell, and whether it is one of the tell's more keys. */
        private final int[] tellOf;
        private final boolean[] isMore;

        KeyIndex(List<Tell> tells) {
            if (tells.size() > 64) {
                throw new IllegalStateException("KeyIndex holds up to 64 tells");
            }
            List<String> words = new java.util.ArrayList<>();
            List<Integer> owners = new java.util.ArrayList<>();
            List<Boolean> more = new java.util.ArrayList<>();
            for (int i = 0; i < tells.size(); i++) {
                for (String k : tells.get(i).keys()) {
                    words.add(k);
                    owners.add(i);
                    more.add(false);
                }
                if (tells.get(i).moreKeys() != null) {
                    for (String k : tells.get(i).moreKeys()) {
                        words.add(k);
                        owners.add(i);
                        more.add(true);
                    }
                }
            }
            automaton = new PhraseAutomaton(words);
            tellOf = dev.marketguard.screening.rules.Ints.toArray(owners);
            isMore = new boolean[more.size()];
            for (int k = 0; k < isMore.length; k++) {
                isMore[k] = more.get(k);
            }
        }

        long[] find(String t) {
            long[] found = new long[2];
            automaton.scan(t, (key, start, end) -> found[isMore[key] ? 1 : 0] |= 1L << tellOf[key]);
            return found;
        }
    }


    /** A tell that needs a contact word near and no data-work word near (see {@link #DATA_TALK}). */
    private static Tell dataLikeTell(String regex, String... keys) {
        return tell(CONTACT_WORD, DATA_TALK, regex, keys);
    }

    private static Tell tell(Pattern near, Pattern unless, String regex, String... keys) {
        return new Tell(foldAll(keys), folded(regex), near, unless, null);
    }

    private static String[] foldAll(String[] keys) {
        String[] folded = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            folded[i] = TextNormalizer.kanaFoldPattern(keys[i]);
        }
        return folded;
    }

    private static Pattern folded(String regex) {
        return Pattern.compile(TextNormalizer.kanaFoldPattern(regex));
    }

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            NormalizedText view = field.folded();
            String t = view.text();
            boolean found = false;
            long[] present = KEYS.find(t);
            for (int i = 0; i < TELLS.size(); i++) {
                Tell tell = TELLS.get(i);
                boolean mayOccur = (present[0] & 1L << i) != 0 && (tell.moreKeys() == null || (present[1] & 1L << i) != 0);
                if (mayOccur && report(tell, field, view, t, sink)) {
                    found = true;
                    break; // one recipe per field is enough evidence
                }
            }
            if (!found) {
                reportSpelledDomain(field, view, t, sink);
            }
            reportAcrostic(field, view, t, sink);
            reportKanaKeys(field, view, t, sink);
        }
    }

    static final String RULE_ACROSTIC = "contact.phone_acrostic";
    private static final DigitWords DIGITS = DigitWords.get();
    /** Bullets and blanks before a line's first char. */
    private static final String LINE_LEAD = " \t・･-*●○■□◆◇>※";

    /**
     * 「零時以降でも対応可能です／九州出身のデザイナーです／零細企業様の…」: a phone number read down the
     * first chars of consecutive lines (縦読み). Ten or eleven lines in a row that each open with a digit
     * (in any script DigitWords knows) and spell 0 then a non-zero digit; a numbered list counts from 1.
     */
    private static void reportAcrostic(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        int newlines = 0;
        for (int i = t.indexOf('\n'); i >= 0 && newlines < 9; i = t.indexOf('\n', i + 1)) {
            newlines++;
        }
        if (newlines < 9) {
            return; // fewer than ten lines: one cheap count per field
        }
        StringBuilder digits = new StringBuilder();
        int runStart = -1;
        int lastFirst = -1;
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            int first = lineStart;
            while (first < lineEnd && LINE_LEAD.indexOf(t.charAt(first)) >= 0) {
                first++;
            }
            char d = first < lineEnd ? digitOf(t.charAt(first)) : 0;
            if (d != 0) {
                if (digits.length() == 0) {
                    runStart = first;
                }
                digits.append(d);
                lastFirst = first;
            }
            if (d == 0 || lineEnd == t.length()) {
                if (digits.length() >= 10 && digits.length() <= 11 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE_ACROSTIC, 0.85, field, view, runStart, lastFirst + 1, true);
                    return;
                }
                digits.setLength(0);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static char digitOf(char c) {
        return c >= '0' && c <= '9' ? c : DIGITS.charValue(c);
    }

    static final String RULE_KANA_KEYS = "contact.phone_kana_keys";
    /** The digit row of the JIS kana keyboard: ぬふあうえおやゆよわ are 1234567890. */
    private static final String KANA_KEY_DIGITS = "ヌフアウエオヤユヨワ";
    private static final Pattern KANA_KEY_RUN = Pattern.compile("ワ[ヌフアウエオヤユヨワ](?:[ \t\\-－ー]?[ヌフアウエオヤユヨワ]){8,9}(?![ァ-ヶ])");

    /**
     * 「かな入力のまま打っちゃいました：わよわ－ゆあふぬ－えおやう」: digits typed with the kana input on, so
     * each digit key gave its kana. Only where the text says so (かな入力), then a run of ten or eleven
     * digit-row kana opening with わ (0).
     */
    private static void reportKanaKeys(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        if (t.indexOf("カナ入力") < 0) {
            return;
        }
        Matcher m = KANA_KEY_RUN.matcher(t);
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (int i = m.start(); i < m.end(); i++) {
                int k = KANA_KEY_DIGITS.indexOf(t.charAt(i));
                if (k >= 0) {
                    digits.append((char) ('0' + (k + 1) % 10));
                }
            }
            if (digits.charAt(1) != '0') {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE_KANA_KEYS, 0.85, field, view, m.start(), m.end(), true);
                return;
            }
        }
    }

    /** A host name with a common top-level domain, as the normalizer leaves it (a scheme may stand before it). */
    private static final Pattern HOST = Pattern.compile(
            "(?:(?<![a-z0-9.\\-@/])|(?<=://))(?![0-9]+[ \\t]*[.。][ \\t])[a-z0-9][a-z0-9\\-]*(?:[ \\t]*[.。][ \\t]*[a-z0-9\\-]+)*[ \\t]*[.。][ \\t]*(?:com|jp|net|org|io|me|ly|gl|ee|info|biz|shop|in)(?![a-z0-9])");
    /** Words for the dot that the normalizer turns into "." between Latin letters. */
    private static final Pattern DOT_WORD = Pattern.compile("ドット|どっと|ﾄﾞｯﾄ|(?i:dot)|点|てん|テン");

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * 「aozora-zakka ドット stores ドット jp」: the normalizer has already put the dots back, so the view
     * shows a plain host name; the original spelled its dots out, which nobody does with a link they
     * mean to be clickable. A full stop for the dot or blanks around the dots are the same disguise.
     */

    private static void reportSpelledDomain(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        // the next '.' and the next '。' are tracked apart: a posting has dozens of full stops and
        // often no period, and searching both from each dot again rescanned the rest of the text
        int period = t.indexOf('.');
        int stop = t.indexOf('。');
        while (period >= 0 || stop >= 0) {
            int i = period < 0 ? stop : stop < 0 ? period : Math.min(period, stop);
            if (i == period) {
                period = t.indexOf('.', i + 1);
            } else {
                stop = t.indexOf('。', i + 1);
            }
            if (!disguisedDot(field, view, t, i)) {
                continue;
            }
            // the host around this dot, if it is one (a region: no pass over the whole text)
            Matcher m = HOST.matcher(t).useTransparentBounds(true).region(Math.max(0, i - 64), Math.min(t.length(), i + 64));
            while (m.find()) {
                if (m.start() <= i && i < m.end()) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE, SCORE, field, view, m.start(), m.end(), true);
                    return;
                }
            }
        }
    }

    /**
     * A dot between Latin letters or digits (blanks allowed) that is not a plain one: a full stop, a
     * dot with blanks around it, a full-width dot, or a dot the normalizer made from a word (ドット, 点, dot).
     */
    private static boolean disguisedDot(AnalyzedField field, NormalizedText view, String t, int i) {
        int p = i - 1;
        while (p >= 0 && t.charAt(p) == ' ') {
            p--;
        }
        int q = i + 1;
        while (q < t.length() && t.charAt(q) == ' ') {
            q++;
        }
        if (p < 0 || q >= t.length() || !isLatin(t.charAt(p)) || !isLatin(t.charAt(q))) {
            return false;
        }
        if (t.charAt(i) == '。' || p < i - 1 || q > i + 1) {
            return true;
        }
        int[] span = view.toOriginal(i, i + 1);
        String original = field.original().substring(span[0], span[1]);
        // 「ｍｏｒｉｎｏ－ｓｔｕｄｉｏ．ｊｐ」: a host typed in full width does not link and slips past
        // filters that read ASCII; no clean item of any corpus writes one (only the obfuscation suites do)
        return DOT_WORD.matcher(original).find() || original.equals("．");
    }


    private static boolean report(Tell tell, AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        Matcher m = tell.phrase().matcher(t);
        while (m.find()) {
            if ((tell.near() == null || near(tell.near(), t, m.start(), m.end(), NOUN_WINDOW))
                    && (tell.unless() == null || !near(tell.unless(), t, m.start(), m.end(), UNLESS_WINDOW))) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, SCORE, field, view, m.start(), m.end(), true);
                return true;
            }
        }
        return false;
    }

    private static boolean near(Pattern words, String t, int start, int end, int window) {
        return words.matcher(t).region(Math.max(0, start - window), Math.min(t.length(), end + window)).find();
    }
}
