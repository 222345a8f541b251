package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import dev.marketguard.screening.analysis.TextNormalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messenger accounts offered or asked for: LINE, Skype, Chatwork, Discord, Telegram, WeChat,
 * Instagram, X, KakaoTalk, WhatsApp, Signal, Facebook Messenger, TikTok and Slack, in Latin,
 * katakana, hiragana or half-width spellings (matched on the kana-folded view). A service name
 * alone is not a finding (postings about LINE stamps or Instagram operation are ordinary work);
 * it needs an ID or handle next to it, or a request to add, follow or talk there. An ID or
 * @handle offered with "add me / DM me" counts without a service name, at a lower weight.
 */
public final class MessengerIdDetector implements Detector {
    static final String RULE = "contact.messenger";
    static final String RULE_HANDLE = "contact.handle";

    /** A service: literal triggers (cheap indexOf pre-check), the name pattern, words that make it another thing. */
    private record Service(String code, String[] triggers, Pattern name, Pattern notAfter) {

    }

    /**
     * After an SNS name: the network itself is what the work is about (its accounts being logged
     * into, its rules, automation on it), so "follow"/"DM" nearby are the task, not a contact.
     */
    private static final String SNS_AS_SUBJECT =
            "(?:の)?(?:アカウント(?:に|へ)(?:順番に|交互に|順に)?ログイン|規約|自動|非公式|api|フォロワー(?:数|を)|dm(?:の)?(?:自動|一斉|配信|返信文|テンプレ))";

    /** Ways of saying "the one starting with the letter …" (「Dから始まるチャットアプリ」「Lのつくアプリ」). */
    private static final String[] INITIAL_HINTS = {"から始まる", "で始まる", "のつく", "が頭文字の"};

    /**
     * 「ゲーマーがよく使うDから始まるチャットアプリ」「Lのつく緑のアプリ」: a service hinted by its initial
     * letter and its kind (chat, app, SNS), so the name itself never appears.
     */
    private static String initialHint(String letter) {
        return "(?<![a-z])" + letter + "(?:から始まる|で始まる|のつく|が頭文字の)[^。\\n]{0,8}?(?:チャットアプリ|メッセージアプリ|チャット|アプリ|sns|メッセンジャー)";
    }

    private static String[] withInitialHints(String letter, String... triggers) {
        String[] all = java.util.Arrays.copyOf(triggers, triggers.length + INITIAL_HINTS.length);
        for (int i = 0; i < INITIAL_HINTS.length; i++) {
            all[triggers.length + i] = letter + INITIAL_HINTS[i];
        }
        return all;
    }

    /** Chars written over one letter of a name to mask it (「ラ◯ン」「L●NE」「イン＊タ」, full width already folded). */
    private static final String MASKS = "◯○〇●×*?□■☆★";

    /**
     * 「ラ◯ンで話しましょう」: the name with one inner char masked, so that a word filter misses it while
     * every reader still knows it. Returns the triggers with each masked variant of {@code names} added,
     * one char of the name replaced by one mask char (the first and last chars stay: 「◯イン」 is anything).
     */
    private static String[] withMasked(String[] triggers, String... names) {
        List<String> all = new java.util.ArrayList<>(List.of(triggers));
        for (String name : names) {
            for (int i = 1; i < name.length() - 1; i++) {
                for (char mask : MASKS.toCharArray()) {
                    all.add(name.substring(0, i) + mask + name.substring(i + 1));
                }
            }
        }
        return all.toArray(String[]::new);
    }

    /** The regex alternative for {@link #withMasked}'s variants of {@code name}. */
    private static String masked(String name) {
        StringBuilder alternatives = new StringBuilder();
        for (int i = 1; i < name.length() - 1; i++) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name.substring(0, i)))
                    .append("[").append(MASKS.replace("*", "\\*").replace("?", "\\?")).append("]")
                    .append(Pattern.quote(name.substring(i + 1)));
        }
        return "(?:" + alternatives + ")";
    }

    private static final List<Service> SERVICES = List.of(
            // look-alike spellings: ソ for ン (ライソ), 夕 (kanji) for タ, 一 (kanji) for ー
            service("line", withMasked(withInitialHints("l", "line", "l1ne", "ra-in", "rain", "ライン", "ライソ", "エルアイ", "エル・", "エル ", "緑の", "みどりの"), "ライン", "line"),
                    "(?<![a-z])(?:line|l1ne|ra-in|rain|" + masked("line") + ")(?![a-z])|(?:ライン|ライソ|" + masked("ライン") + "|エル[・･ ]?アイ[・･ ]?エヌ[・･ ]?イー)"
                    + "|(?:緑|みどり)の(?:メッセージ|トーク|チャット|吹き出し(?:の)?)?(?:アプリ|アイコン|やつ|チャット|sns)|" + initialHint("l"),
                    "^\\s*(?:スタンプ|公式|クリエイター|creators|ミニアプリ|developers|liff|広告|ads|pay|bot|ボット|messaging|api|ニュース|news|マンガ|漫画|ゲーム|の(?:公式|スタンプ)|アカウントの(?:開設|運用)|配信|リッチ|ヤフー|ショッピング)"),
            // 「青いSのアプリ」: the icon described instead of the name
            service("skype", withMasked(new String[] {"skype", "スカイプ", "青いs"}, "スカイプ"), "(?<![a-z])skype(?![a-z])|スカイプ|" + masked("スカイプ") + "|青いs\\s*の\\s*(?:マークの)?(?:アプリ|アイコン|やつ)", null),
            // 「CW」 is also CrowdWorks: only 「CWのID」 counts
            service("chatwork", new String[] {"chatwork", "チャットワーク", "チャワ", "cw"},
                    "(?<![a-z])chatwork(?![a-z])|チャットワーク|チャワク?|(?<![a-z0-9])cw(?=\\s*(?:の)?\\s*(?:id|アイディ))", null),
            // a bot or the API as the work (「Discord Botのコマンド追加」) is not a place to talk
            // 「DCの名前」: the abbreviation only right before a name or ID (DC is also direct current)
            service("discord", withInitialHints("d", "discord", "ディスコ", "dc"), "(?<![a-z])discord(?![a-z])|ディスコ(?:ード)?|" + initialHint("d")
                    + "|(?<![a-z0-9])dc(?=\\s*(?:の)?\\s*(?:名前|id|アイディ|ユーザー名|ユーザーネーム))",
                    "^\\s*(?:の)?\\s*(?:bot|ボット|api|サーバー(?:の)?(?:構築|運営|管理|設定))"),
            // 「紙飛行機マークのアプリ」: the icon described instead of the name
            service("telegram", new String[] {"telegram", "テレグラ", "紙飛行機"},
                    "(?<![a-z])telegram(?![a-z])|テレグラム?|紙飛行機\\s*(?:の)?\\s*(?:マーク|アイコン)?\\s*の\\s*(?:アプリ|やつ)", null),
            // 「ウィチャ」, and 「vx」 (Chinese slang for WeChat) only right before an ID
            service("wechat", new String[] {"wechat", "ウィーチャ", "ウィチャ", "微信", "薇信", "vx"},
                    "(?<![a-z])wechat(?![a-z])|ウィー?チャ(?:ット)?|微信|薇信|(?<![a-z0-9])vx(?=\\s*(?:[:=]|(?:の)?\\s*(?:id|アイディ)))", null),
            service("instagram", withMasked(withInitialHints("i", "insta", "insuta", "インスタ", "インス夕", "ig", "写真のsns"), "インスタ"),
                    "(?<![a-z])(?:instagram|insta|insuta|ig)(?![a-z])|(?:インス[タ夕]|" + masked("インスタ") + ")(?:グラム)?|写真のsns|" + initialHint("i"),
                    "^\\s*(?:運用|の運用|投稿(?!し)|広告|フィード|ストーリー|リール|集客|マーケ|アカウント(?:の)?運用|用|ライブ|" + SNS_AS_SUBJECT + ")"),
            service("x", new String[] {"twitter", "ツイッ", "x(", "x ", "xの", "xア", "xで", "x:", "青い鳥", "エックス"},
                    // 「𝕏：@take_cam」: the letter, a colon and the @handle
                    "(?<![a-z])(?:twitter|x(?=\\s*(?:\\(旧|のアカウント|アカウント|のdm|で(?:dm|連絡)|:?\\s*\\(?\\s*@)))|ツイッ[タ夕][ー一]|青い鳥(?:のsns|のアプリ|の方|のほう)?"
                    // 「エックスの方でDM」: the katakana name only said as a place (ほう/アカウント/DM), not the letter X
                    + "|エックス(?=\\s*(?:の(?:方|ほう|アカ|dm)|で(?:dm|連絡)|アカ|\\(旧))",
                    "^\\s*(?:運用|広告|の運用|集客|マーケ|" + SNS_AS_SUBJECT + ")"),
            service("kakaotalk", new String[] {"kakao", "カカオ", "カトク"}, "(?<![a-z])kakao(?:talk)?(?![a-z])|カカオ(?:トーク)?|カトク", null),
            service("whatsapp", new String[] {"whatsapp", "ワッツアップ"}, "(?<![a-z])whatsapp(?![a-z])|ワッツアップ", null),
            service("signal", new String[] {"signal", "シグナル"}, "(?<![a-z])signal(?![a-z])|シグナル", null),
            service("messenger", new String[] {"facebook", "messenger", "フェイスブック", "メッセンジャー"}, "(?<![a-z])(?:facebook|messenger)(?![a-z])|フェイスブック|メッセンジャー", null),
            // "threads" is also a programming word (Java threads, @Async): the Latin name only counts said as a place to talk
            service("threads", new String[] {"threads", "スレッズ"},
                    "(?<![a-z])threads(?=\\s*(?:で(?:も)?(?:繋が|つなが|連絡|dm|やり取り|やりとり|フォロー)|の(?:dm|アカウント)))|スレッズ",
                    "^\\s*(?:運用|広告|の運用|集客|マーケ|" + SNS_AS_SUBJECT + ")"),
            service("tiktok", new String[] {"tiktok", "ティックトック"}, "(?<![a-z])tiktok(?![a-z])|ティックトック", "^\\s*(?:運用|広告|の運用|動画の?編集)"),
            service("slack", new String[] {"slack", "スラック"}, "(?<![a-z])slack(?![a-z])|スラック", null),
            service("snapchat", new String[] {"snapchat", "スナチャ", "スナップチャット"}, "(?<![a-z])snapchat(?![a-z])|スナチャ|スナップチャット",
                    "^\\s*(?:の)?(?:ジオ)?(?:フィルター|レンズ|広告|api|運用)"),
            service("bluesky", new String[] {"bluesky", "ブルスカ", "ブルースカイ"}, "(?<![a-z])bluesky(?![a-z])|ブルスカ|ブルースカイ", null));

    /** An ID or handle: 「ID: tkm_0321」「IDは sakura_nail77」「@hana.nail.tokyo」「名前は moriyama_3d」. */
    private static final Pattern HANDLE = folded(
            "(?:(?:(?<![a-z])(?:i\\s?d|アイディー?|ユーザー(?:名|ネーム|メイ)|アカ名|(?:ローマ字|アルファベット|英字)(?:で|だと|表記)?|名前|ネーム|アカウント名?)|(?:@|アットマーク|アット|atto ?)(?:は|マーク)?\\s?(?:抜|ぬ|なし|nashi|省略|いらない|不要)|(?<![a-z])(?:akaunto|namae|aidii))"
                    + "(?:\\s*(?:wa|ha|de|wo)\\s)?[^a-z0-9\\n]{0,16}?"
                    + "(@?[a-z0-9][a-z0-9_.\\-:]{2,40}))|(?<![a-z0-9._/])(@(?:\\s(?=[a-z]))?[a-z0-9_][a-z0-9_.]{2,30})");
    /** 「Skype: ai.nakamura」: a handle right after the service name and a colon. */
    private static final Pattern SERVICE_HANDLE = folded(
            "\\s*(?:の)?(?:i\\s?d|アイディー?)?\\s*[:=→⇒@]\\s*(@?[a-z0-9][a-z0-9_.\\-:]{2,40})");
    /** 「L I N E の方が早いのでこちらへ → ai_studio_5」: a handle pointed at a little after the service name. */
    /** 「ラインは yoshida0808 ですが」: the account given as what the service "is". */
    private static final Pattern TOPIC_HANDLE = folded("\\s*(?:の(?:id|アカウント)|名)?\\s*(?:は|も)\\s*(@?[a-z][a-z0-9_.:\\-]{3,40})(?![a-z0-9_.:\\-])"
            // said as what it is (「yoshida0808 ですが」), not what it works with (「message_api_v3 の仕様」)
            + "(?=\\s*(?:です|だよ|だ|で[、。 ]|なので|まで|よ|[!！。、)）]|$))");
    private static final Pattern ARROW_HANDLE = folded("[→⇒↓]\\s*((?:@\\s?)?[a-z0-9][a-z0-9_.\\-]{2,40})");
    /**
     * 「Ｌ Ｉ Ｎ Ｅ ｙｕｒｉ＿ｎａｉｌ」: a handle right after the name with only a blank between, the
     * whole thing ending there (the account is what is said, not what is worked with).
     */
    private static final Pattern BLANK_HANDLE = folded("[ \\t]+(@?[a-z][a-z0-9_.\\-]{3,40})(?![a-z0-9_.\\-@/])"
            + "(?=[ \\t]*(?:です|だよ|まで|[!！。)）]|$))");
    /**
     * 「スカイプ名は『やまぐちけんじ』をローマ字でつなげて、最後に _jp」「ラインのIDは「猫」の英語に数字の3を
     * 3つつけたもの」: the ID of the service named just before is described as how to build it rather
     * than written; the recipe is the tell.
     */
    private static final Pattern COMPOSED_ID = folded(
            "^\\s*(?:の)?\\s*(?:i\\s?d|アイディー?|名|ネーム|アカウント名?|ユーザー名)\\s*(?:は|:)[^。\\n]{0,30}?"
                    + "(?:ローマ字で|ローマ字に|の英語|英字で|小文字で|小文字に|つなげ|繋げ|くっつけ|(?:を|に)(?:\\d|[一二三四五六七八九])?つ?(?:つけ|付け)|最後に|後ろに)");
    /** 「ミーティングIDは 八三二 五五〇 一九四六」: a meeting room's number given out, in any digits. */
    private static final Pattern MEETING_ID = folded("ミーティング\\s?id\\s*(?:は|:)?\\s*");

    /** Asking to add, follow, message or move the talk there. */
    private static final Pattern REQUEST = folded(
            "contact me|add me|message me|dm me|text me|加我|联系我|加好友|talk (?:there|on)|renraku|tsuika|shinsei|hanashi|追加|交換|申請|フレンド|フレ申|フォロー|(?<![a-z])dm|友だち(?!数)|友達(?!数)|qr|やって(?:ます|る|ますか|ない)|で(?:話|連絡|やり取り|やりとり|送って|送り|送信して|お願い|共有|相談|詳細|詳しく|打ち合わせ|打合せ|通話|話そう|話しましょ|つなが|繋が|メッセージ)|に(?:送って|連絡|dm|メッセージ)|教えて|招待|グループ|検索"
            // 「LINEに移りましょう」「チャットワークに切り替えませんか」「ディスコードでやりましょう」: moving the talk there
            + "|(?:に|へ)(?:移りましょ|移りませんか|移動しましょ|移動しませんか|切り替えましょ|切り替えませんか|切りかえましょ|乗り換えましょ|移って(?:ください|もらえ|いただけ))"
            + "|で(?:やりましょ|やりませんか|やろう)"
            // 「LINEでのやり取りはありませんか？ID送ります」: the writer offers to send the ID
            + "|(?:id|アイディ)(?:を)?(?:送ります|送りますね|お送りします|お送りしますね|お伝えします|教えます|貼ります)"
            + "|(?:の)?(?:方|ほう)が(?:早|はや|返信|レス|即レス|連絡|気づ|確実|スムーズ|楽)|即レス|入れて(?:ます|る|たら)|入って(?:ます|る|たら)");

    private static Service service(String code, String[] triggers, String name, String notAfter) {
        String[] foldedTriggers = new String[triggers.length];
        for (int i = 0; i < triggers.length; i++) {
            foldedTriggers[i] = TextNormalizer.kanaFoldPattern(triggers[i]);
        }
        return new Service(code, foldedTriggers, folded(name), notAfter == null ? null : folded(notAfter));
    }

    /** Patterns run on the kana-folded view, so their hiragana must be katakana too. */
    private static Pattern folded(String regex) {
        return Pattern.compile(TextNormalizer.kanaFoldPattern(regex));
    }

    /** Owners of trigger words that are no service: an ID label, a search verb, the word meeting. */
    private static final int LABEL = -1;
    private static final int SEARCH_WORD = -2;
    private static final int MEETING_WORD = -3;
    private static final int LOOK_WORD = -4;
    private static final String[] SEARCH_WORDS = {"検索", "探し", "さがし", "調べ", "タグ", "見つか", "出てき", "ヒット"};
    /** Invitations to look at an account (「インスタ見てもらうのが一番」「覗いてみてください」): a handle stated after one is offered. */
    private static final String[] LOOK_WORDS = {"見て", "覗いて", "のぞいて", "チェックして", "フォローして", "見れます", "見られます", "まとめて"};

    private static final String[] BARE_LABELS = {"id", "アイディ", "ユーザー名", "ユーザーネーム", "ユーザーメイ", "@", "アット", "akaunto", "aidii"};

    /** One automaton over every service trigger and ID label: one pass tells which checks to run. */
    private static final List<String> TRIGGERS = new java.util.ArrayList<>();
    private static final int[] TRIGGER_SERVICE;
    private static final dev.marketguard.screening.analysis.PhraseAutomaton TRIGGER_AUTOMATON;

    static {
        List<Integer> owner = new java.util.ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            for (String trigger : SERVICES.get(i).triggers()) {
                TRIGGERS.add(trigger);
                owner.add(i);
            }
        }
        for (String label : BARE_LABELS) {
            TRIGGERS.add(TextNormalizer.kanaFoldPattern(label));
            owner.add(LABEL);
        }
        // words that make the rarer checks worth running, found in the same single pass
        for (String word : SEARCH_WORDS) {
            TRIGGERS.add(TextNormalizer.kanaFoldPattern(word));
            owner.add(SEARCH_WORD);
        }
        TRIGGERS.add(TextNormalizer.kanaFoldPattern("ミーティング"));
        owner.add(MEETING_WORD);
        for (String word : LOOK_WORDS) {
            TRIGGERS.add(TextNormalizer.kanaFoldPattern(word));
            owner.add(LOOK_WORD);
        }
        TRIGGER_SERVICE = dev.marketguard.screening.rules.Ints.toArray(owner);
        TRIGGER_AUTOMATON = new dev.marketguard.screening.analysis.PhraseAutomaton(TRIGGERS);
    }

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            NormalizedText view = field.folded();
            String t = view.text();
            List<int[]> serviceHits = new java.util.ArrayList<>();
            List<Integer> labels = new java.util.ArrayList<>();
            boolean[] rareWords = new boolean[3]; // a search verb, the word meeting, an invitation to look
            TRIGGER_AUTOMATON.scan(t, (phrase, start, end) -> {
                int service = TRIGGER_SERVICE[phrase];
                if (service >= 0) {
                    serviceHits.add(new int[] {service, start});
                } else if (service == LABEL) {
                    labels.add(start);
                } else {
                    rareWords[service == SEARCH_WORD ? 0 : service == MEETING_WORD ? 1 : 2] = true;
                }
            });
            boolean named = false;
            serviceHits.sort((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[0], y[0]));
            int lastEnd = -1;
            for (int[] hit : serviceHits) {
                Service s = SERVICES.get(hit[0]);
                // the name pattern is only tried where one of its triggers occurs
                Matcher m = s.name().matcher(t).region(hit[1], t.length()).useTransparentBounds(true);
                if (hit[1] < lastEnd) {
                    continue;
                }
                if (m.lookingAt()) {
                    lastEnd = m.end();
                    if (s.notAfter() != null && lookingAt(s.notAfter(), t, m.end())) {
                        continue;
                    }
                    if (insideKatakanaWord(field.normalized().text(), m.start(), m.end())) {
                        continue; // オンライン, ガイドライン, ラインナップ
                    }
                    int hs = Math.max(0, m.start() - 12);
                    int he = Math.min(t.length(), m.end() + 45);
                    Matcher sh = SERVICE_HANDLE.matcher(t).region(m.end(), he);
                    if (sh.lookingAt()) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, m.start(), m.end(), true);
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, sh.start(1), sh.end(1), true);
                        named = true;
                        continue;
                    }
                    // 「IDは kei_0303 です。らいんで！」: a labelled ID just before the name counts too
                    Matcher h = HANDLE.matcher(t).region(Math.max(0, m.start() - 30), he);
                    if (findHandleFor(h, t, m.start(), m.end())) {
                        int g = h.group(1) != null ? 1 : 2;
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, m.start(), m.end(), true);
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, h.start(g), h.end(g), true);
                        named = true;
                        continue;
                    }
                    Matcher topic = TOPIC_HANDLE.matcher(t).region(m.end(), he);
                    if (topic.lookingAt() && looksLikeHandle(topic.group(1)) && !VERSION_NUMBER.matcher(topic.group(1)).matches()) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, m.start(), m.end(), true);
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, topic.start(1), topic.end(1), true);
                        named = true;
                        continue;
                    }
                    Matcher blank = BLANK_HANDLE.matcher(t).region(m.end(), he);
                    if (blank.lookingAt() && looksLikeHandle(blank.group(1)) && !FILE_NAME.matcher(blank.group(1)).matches()) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, m.start(), m.end(), true);
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, blank.start(1), blank.end(1), true);
                        named = true;
                        continue;
                    }
                    Matcher arrow = ARROW_HANDLE.matcher(t).region(m.end(), he);
                    boolean pointed = arrow.find() && looksLikeHandle(arrow.group(1));
                    if (!pointed) {
                        // 「💚 → kana_7（緑のアプリです）」: the arrow may also point at the handle just before the name
                        arrow = ARROW_HANDLE.matcher(t).region(Math.max(0, m.start() - 30), m.start());
                        pointed = arrow.find() && looksLikeHandle(arrow.group(1));
                    }
                    if (pointed) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, m.start(), m.end(), true);
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, arrow.start(1), arrow.end(1), true);
                        named = true;
                        continue;
                    }
                    Matcher composed = COMPOSED_ID.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 50));
                    if (composed.find()) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.8, field, view, m.start(), composed.end(), true);
                        named = true;
                        continue;
                    }
                    Matcher r = REQUEST.matcher(t).region(hs, Math.min(t.length(), m.end() + 35));
                    if (findRequestFor(r, m.end(), t) && !ownedByThirdParty(t, m.start())) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.8, field, view, m.start(), m.end(), true);
                        named = true;
                    }
                }
            }
            if (!named && !serviceHits.isEmpty() && rareWords[0]) {
                named = detectSearchedHandle(field, view, t, sink);
            }
            if (!named && !serviceHits.isEmpty() && rareWords[2]) {
                named = detectStatedHandle(field, view, t, sink);
            }
            if (!named && rareWords[0]) {
                named = detectSearchName(field, view, t, sink);
            }
            if (!named && rareWords[1]) {
                named = detectMeetingId(field, view, t, sink);
            }
            if (!named && !labels.isEmpty()) {
                detectBareHandles(field, view, t, labels, sink);
            }
        }
    }


    /**
     * A request about this service: verbs (追加, 検索, 教えて…) anywhere near; 「で話しましょう」「でお願い」
     * only right after the name (「LINEでお願いします」), since 「インスタは design 重視でお願いします」 asks for
     * the work, not for a contact.
     */
    private static boolean findRequestFor(Matcher r, int nameEnd, String text) {
        while (r.find()) {
            char first = r.group().charAt(0);
            // a particle, 「やってます」 and 「QR」 belong to the name only right after it (「インスタやってます？」
            // 「LINEのQR送ります」); before it or further on they are another clause's (「写真館やってます📸 インスタの…」
            // 「インスタ正方形の2つで！…QRはなしで」)
            boolean onlyRightAfterName = first == 'デ' || first == 'ニ' || first == 'ヤ' || first == 'q';
            if (r.group().equals("検索") && isResearch(text, r.start(), r.end())) {
                continue;
            }
            if (!onlyRightAfterName || r.start() >= nameEnd && r.start() <= nameEnd + 8) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first handle after the name, or a labelled one that ends right before it (a few chars:
     * 「です。」); a labelled ID further back belongs to something else (a login for the work). The
     * service name itself is no handle: a label's gap may reach it (「当チャンネルの名前を騙ってLINEに誘導」
     * 「弊社の名前で「LINEを追加…」」「公式アカウントのことで、作業者様の個人LINE」), which made the bare name
     * count as a name with its ID. An ID label right before the name still counts (「応募は下のIDのLINEへ」: the
     * account is given by its ID elsewhere in the text).
     */
    private static boolean findHandleFor(Matcher h, String t, int nameStart, int nameEnd) {
        while (h.find()) {
            int g = h.group(1) != null ? 1 : 2;
            if (h.start(g) < nameEnd && h.end(g) > nameStart
                    && !ID_LABEL.matcher(t).region(h.start(), h.start(g)).lookingAt()) {
                continue;
            }
            if (HONORIFIC.matcher(t).region(h.end(), t.length()).lookingAt()) {
                continue; // 「@cafe_mori_tokyo さんの投稿」: someone else's account, quoted as a reference
            }
            if (t.startsWith("//", h.end())) {
                continue; // 「アカウント（https://…」: a URL scheme, not a handle; links are the URL detector's
            }
            if (h.start() >= nameStart - 4 || h.group(1) != null && h.end() >= nameStart - 8) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ID_LABEL = folded("(?:i\\s?d|アイディー?)");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?:pdf|docx?|xlsx?|pptx?|zip|png|jpe?g|gif|csv|txt|psd|ai|mp4|py|js|java|json|ya?ml|html?)");
    private static final Pattern EXAMPLE_AFTER = folded("\\s*(?:形式|のような|のように|みたいな|など|等)");
    private static final Pattern HONORIFIC = folded("\\s*(?:さん|様|さま|氏|ちゃん)");

    /**
     * 「インスタに載せてます！ haru_illust で検索してみてください」「mochi_cafe で見つかります」: a user name
     * given as what to search for, with a service named in the same field. Hashtags (#…) are topics, not accounts.
     */
    private static final Pattern SEARCHED_HANDLE = folded(
            "(?<![#a-z0-9_.\\-])(@?[a-z][a-z0-9_.\\-]{3,40})(?![a-z0-9_.\\-])\\s*(?:\\([^)\\n]{0,24}\\))?\\s*(?:で|を)\\s*(?:検索|見つか|探し|さがし|出てき|出ます|ヒット)");
    /** 「Facebookのメッセンジャーのほうが…Maria Santos Yokohama でさがしてください」: a name in Latin words to search for. */
    private static final Pattern SEARCHED_LATIN_NAME = folded(
            "(?<![a-z0-9_.\\-])((?:[a-z]{2,15} ){1,3}[a-z]{2,15})\\s*(?:で|を)\\s*(?:検索|探し|さがし)(?:て)?(?:ください|下さい|みて|ね)");
    /**
     * 「インスタ見てもらうのが一番…覗いてみてください yoga_mai_hayama です」: a user name (letters joined by _ or .)
     * said as what it is, after an invitation to look at the account named in the same field.
     */
    private static final Pattern STATED_HANDLE = folded(
            "(?<![#a-z0-9_.\\-@/])([a-z][a-z0-9]*[_.][a-z0-9_.]*[a-z0-9])(?![a-z0-9_.\\-])\\s*(?:です|だよ|になります)");
    private static final Pattern LOOK_INVITATION = folded("(?:" + String.join("|", LOOK_WORDS) + ")");

    private static boolean detectSearchedHandle(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        Matcher m = SEARCHED_HANDLE.matcher(t);
        while (m.find()) {
            if (looksLikeHandle(m.group(1)) && !FILE_NAME.matcher(m.group(1)).matches()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.8, field, view, m.start(1), m.end(1), true);
                return true;
            }
        }
        Matcher name = SEARCHED_LATIN_NAME.matcher(t);
        if (name.find()) {
            sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.8, field, view, name.start(1), name.end(1), true);
            return true;
        }
        return false;
    }

    private static boolean detectStatedHandle(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        Matcher stated = STATED_HANDLE.matcher(t);
        while (stated.find()) {
            Matcher invitation = LOOK_INVITATION.matcher(t).region(Math.max(0, stated.start() - 100), stated.start());
            if (!FILE_NAME.matcher(stated.group(1)).matches() && invitation.find()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.8, field, view, stated.start(1), stated.end(1), true);
                return true;
            }
        }
        return false;
    }

    static final String RULE_SEARCH_NAME = "contact.search_name";
    /** 「『喫茶ひだまり 高円寺』を探して」「「山田デザイン」で検索」「『#まるやま工務店』のタグから」: a name to look up. */
    private static final Pattern SEARCH_NAME = folded(
            "[「『][^」』\\n]{2,30}[」』]\\s*(?:(?:で|を|と)?\\s*(?:検索|探し|さがし|調べ|出てき|出ます|ヒット)|の\\s*タグ(?:から|で))");
    /** What the reader is to do once found: contact the writer there, or the contact is said to be there. */
    private static final Pattern CONTACT_THERE = folded(
            "(?:ご?連絡|電話|dm|メッセージ)(?:して)?\\s*(?:ください|下さい|くださいね|どうぞ)|(?:お)?問い合わせ先(?:が|は)|連絡先(?:が|は)"
                    + "|(?:dm|メッセージ|フォーム)から\\s*(?:ご?連絡|ご?応募|ご?依頼)|ご?応募(?:して)?ください"
                    // 「…と調べると出てくる店の電話番号へお願いします」「そこの問い合わせ欄から直接ご連絡いただいても」
                    + "|(?:電話番号|番号|連絡先)(?:へ|に|まで)\\s*(?:お願い|ご?連絡|お電話|おかけ)|(?:問い合わせ|お問い合わせ)(?:欄|フォーム|ページ)から\\s*(?:直接)?\\s*ご?連絡"
                    // 「「自作キーボード くろまめ」で出てきます。概要欄からも連絡もらえます」
                    + "|(?:概要欄|プロフィール|プロフ|固定(?:ツイート|ポスト|記事))(?:から|に)(?:も)?\\s*(?:ご?連絡|dm|メッセージ)");
    /** A search that is the task itself (research, a call list): many results, not one writer. */
    private static final Pattern SEARCH_AS_TASK = folded("上位|順に|順番に|各店|各社|リスト|一覧|件数");

    /**
     * "Search my name": a quoted name to look up (on a map, a search engine, an SNS, a shop site) and an
     * invitation to contact the writer once found (「お店に電話してください」「固定記事の最後にお問い合わせ先が
     * あります」「そこのDMからご連絡ください」). Research tasks that search and list many results are not it.
     */
    private static boolean detectSearchName(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        Matcher m = SEARCH_NAME.matcher(t);
        while (m.find()) {
            int to = Math.min(t.length(), m.end() + 60);
            if (SEARCH_AS_TASK.matcher(t).region(Math.max(0, m.start() - 30), to).find()) {
                continue;
            }
            Matcher c = CONTACT_THERE.matcher(t).region(m.end(), to);
            if (c.find()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE_SEARCH_NAME, 0.8, field, view, m.start(), m.end(), true);
                return true;
            }
        }
        return false;
    }

    private static final DigitWords DIGITS = DigitWords.get();

    /** A meeting ID (Zoom, Teams: 9 to 11 digits, written in any digits, blanks or hyphens between groups). */
    private static boolean detectMeetingId(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        Matcher m = MEETING_ID.matcher(t);
        while (m.find()) {
            int digits = 0;
            int e = m.end();
            while (e < t.length() && (isDigitChar(t.charAt(e)) || (t.charAt(e) == ' ' || t.charAt(e) == '-') && digits > 0)) {
                digits += isDigitChar(t.charAt(e)) ? 1 : 0;
                e++;
            }
            if (digits >= 9 && digits <= 11) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.9, field, view, m.start(), e, true);
                return true;
            }
        }
        return false;
    }

    private static boolean isDigitChar(char c) {
        return c >= '0' && c <= '9' || DIGITS.charValue(c) != 0;
    }

    /** Without a service name, only an ID label or an @handle next to an add/DM request counts. */
    private static void detectBareHandles(AnalyzedField field, NormalizedText view, String t, List<Integer> labels,
                                          FindingSink sink) {
        int reportedUpTo = -1;
        java.util.Collections.sort(labels);
        {
            for (int at : labels) {
                if (at < reportedUpTo) {
                    continue;
                }
                Matcher h = HANDLE.matcher(t).region(Math.max(0, at - 1), Math.min(t.length(), at + 50));
                if (!h.find()) {
                    continue;
                }
                int g = h.group(1) != null ? 1 : 2;
                String handle = h.group(g);
                if (!looksLikeHandle(handle) || EXAMPLE_AFTER.matcher(t).region(h.end(), t.length()).lookingAt()) {
                    continue; // 「u_000001 形式」: an example of a format, not someone's ID
                }
                int rs = Math.max(0, h.start() - 30);
                int re = Math.min(t.length(), h.end() + 40);
                if (REQUEST.matcher(t).region(rs, re).find()) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE_HANDLE, 0.75, field, view, h.start(g), h.end(g), true);
                    reportedUpTo = h.end();
                }
            }
        }
    }

    /**
     * 「家族のLINEグループに毎晩貼っています」「親戚とはFacebookでつながっていて」「祖母のスマホにLINEを入れて」
     * 「祖母本人の名前と電話番号でLINEのアカウントを作る」
     * 「「…勉強会」というLINEグループに誘われ」: the service is the writer's family's, team's or someone
     * else's, named as part of the job or the story; it is no route offered to the reader. (An ID or
     * handle given with it still counts: this only spares the bare name next to a request word.)
     */
    private static final Pattern THIRD_PARTY_BEFORE = folded(
            "(?:家族|親戚|親族|兄弟|姉妹|両親|親子|夫婦|祖母|祖父|母|父|娘|息子|孫|妻|夫|主人|友人|友達|知人|ママ友"
                    + "|チーム|部活|サークル|クラス|町内会|自治会|同窓会|保護者|子ども会|子供会|団員|会員|部員)"
                    + "(?:(?:の(?:スマホ|携帯|ケータイ|iphone|パソコン|pc)(?:に|で|の)|の|が|と)\\s*$|とは[^。！？!?\\n]{0,12}$"
                    + "|(?:本人)?の(?:名前|名義|電話番号|番号|スマホ|携帯)[^。！？!?\\n]{0,8}$)"
                    + "|(?:」|』)(?:という|といった)\\s*$");

    private static boolean ownedByThirdParty(String t, int nameStart) {
        return THIRD_PARTY_BEFORE.matcher(t).region(Math.max(0, nameStart - 20), nameStart).find();
    }

    /** 「インスタで #北欧インテリア を検索して参考に」: a search for material to look at, not for the writer. */
    private static final Pattern RESEARCH = folded("参考|雰囲気|イメージ|事例|リサーチ|調査|競合|トレンド|傾向|見本|比較|ような(?:感じ|デザイン|写真|投稿)");

    /** Whether the words right after a 検索 match (or a #tag before it) say what is looked up is material. */
    private static boolean isResearch(String text, int searchStart, int searchEnd) {
        int hash = text.lastIndexOf('#', searchStart);
        return hash >= 0 && searchStart - hash <= 25
                || RESEARCH.matcher(text).region(searchEnd, Math.min(text.length(), searchEnd + 15)).find();
    }

    /** 「LINE 12.1」「Discord v2.0」: a version number after a name, not a handle. */
    private static final Pattern VERSION_NUMBER = Pattern.compile("v?[0-9.]+");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+");
    private static final Pattern HAS_HANDLE_MARK = Pattern.compile(".*[0-9_.\\-].*");

    /** user names mix letters with digits or _ . ; plain words (「IDは pdf」) are not handles. */
    private static boolean looksLikeHandle(String handle) {
        // precompiled patterns: String#matches compiles its regex on every call, and this runs per candidate
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        if (h.length() < 4 || h.contains("://") || DIGITS_ONLY.matcher(h).matches()) {
            return false;
        }
        return handle.startsWith("@") || HAS_HANDLE_MARK.matcher(h).matches();
    }

    /**
     * A katakana name glued to more katakana is part of another word. Checked on the normalised
     * text, where particles are still hiragana (「らいんのID」 is the name, 「オンライン」 is not).
     */
    private static boolean insideKatakanaWord(String normalized, int start, int end) {
        boolean kanaStart = isKatakana(normalized.charAt(start));
        boolean kanaEnd = isKatakana(normalized.charAt(end - 1)) || isHiragana(normalized.charAt(end - 1));
        return kanaStart && start > 0 && isKatakana(normalized.charAt(start - 1))
                || kanaEnd && end < normalized.length() && isKatakana(normalized.charAt(end));
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FC';
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    private static boolean lookingAt(Pattern p, String t, int from) {
        return p.matcher(t).region(from, Math.min(t.length(), from + 16)).lookingAt();
    }
}
