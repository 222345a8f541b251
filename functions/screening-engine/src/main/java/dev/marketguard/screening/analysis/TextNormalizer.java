package dev.marketguard.screening.analysis;

import java.text.Normalizer;

/**
 * Undoes the usual evasions before tokenisation, keeping an offset map to the original text:
 * width folding and compatibility forms (NFKC: full-width digits and letters, half-width kana,
 * circled and keycap digits), invisible and zero-width characters, cross-script look-alikes
 * (Cyrillic/Greek letters posing as Latin), Roman-numeral digits, dash look-alikes and long
 * marks between digits, Latin letters spelled in kana (「エヌ・オー・ゼット・オー」, list in
 * letter-names.tsv), and letters or single kana spaced out to defeat word filters (「L I N E」「イ ン ス タ」).
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    /** One char per normalised output when the whole field is plain; the fast path skips NFKC. */
    public NormalizedText normalize(String original) {
        NormalizedText identity = NormalizedText.identity(original);
        NormalizedText folded = foldCharacters(identity);
        int hints = decodingHints(folded.text());
        NormalizedText decoded = decodeLetterNames(folded);
        if ((hints & HINT_DROP) != 0) {
            decoded = dropInstructedJunk(decoded);
        }
        if ((hints & HINT_READ) != 0) {
            decoded = readAsInstructed(decoded);
        }
        if ((hints & HINT_SYMBOL) != 0) {
            decoded = joinSymbolWords(decoded);
        }
        return collapseSpacedLetters(decoded);
    }

    /** Chars that may start a symbol word, a drop verb or a reading instruction. */
    private static final java.util.BitSet HINT_CHARS = new java.util.BitSet(0x10000); // 8 KB, cached across screenings

    static {
        for (char c : (LetterNames.get().symbolFirstChars() + "点下飛抜除取無消外とぬは文ずダ").toCharArray()) {
            HINT_CHARS.set(c);
        }
    }

    private static final int HINT_SYMBOL = 1;
    private static final int HINT_DROP = 2;
    private static final int HINT_READ = 4;

    /**
     * One cheap pass telling which of the rarer decodings may apply, so a plain posting pays for no
     * more than this pass: a symbol word or spaced underscore shortly after Latin (HINT_SYMBOL), a verb
     * of an instruction to drop junk (HINT_DROP), a reading instruction (HINT_READ).
     */
    private static int decodingHints(String t) {
        int hints = 0;
        int lastLatin = -10;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < 0x80) {
                if (isAsciiAlnum(c)) {
                    lastLatin = i;
                } else if (c == '_' && i - lastLatin <= 4) {
                    hints |= HINT_SYMBOL;
                }
                continue;
            }
            if (!HINT_CHARS.get(c)) {
                continue; // most chars start nothing: one table look-up
            }
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            if (i - lastLatin <= 4 && (c == '点' || c == '下' || SYMBOL_FIRST.get(c)
                    && LETTER_NAMES.match(t, i) != null && LETTER_NAMES.match(t, i).isSymbol())) {
                hints |= HINT_SYMBOL;
            }
            if (isDropVerbStart(t, i, c, next)) {
                hints |= HINT_DROP;
            }
            if (c == '文' && next == '字' && i + 2 < n && "お置飛".indexOf(t.charAt(i + 2)) >= 0
                    || c == 'ず' && next == 'つ' || c == 'ダ' && next == 'ブ') {
                hints |= HINT_READ;
            }
        }
        return hints;
    }

    /** 「1文字おきに読んで：0ね9こ0が…」: every other char is junk. */
    private static final java.util.regex.Pattern EVERY_OTHER = java.util.regex.Pattern.compile(
            "(?:1|一|ひと)文字(?:おき|置き|飛ばし)");
    /** 「数字は全部2回ずつ打ってます：009900 4477…」: every digit typed twice. */
    private static final java.util.regex.Pattern TYPED_TWICE = java.util.regex.Pattern.compile(
            "(?:2|二)(?:回|度|つ)ずつ|ダブって");

    /**
     * Reading instructions a human follows and a filter can too: 「1文字おきに読んで」 (keep every other
     * char of the run that follows) and 「数字は2回ずつ打ってます」 (digit runs whose digits all come in
     * equal pairs are read once). Only in a field that says so; cheap indexOf guards first.
     */
    private static NormalizedText readAsInstructed(NormalizedText in) {
        String t = in.text();
        boolean everyOther = t.indexOf("文字お") >= 0 || t.indexOf("文字置") >= 0 || t.indexOf("文字飛") >= 0;
        boolean twice = t.indexOf("ずつ") >= 0 || t.indexOf("ダブ") >= 0;
        if (!everyOther && !twice) {
            return in; // cheap literal checks before any regex pass
        }
        int n = t.length();
        boolean[] drop = null;
        java.util.regex.Matcher every = EVERY_OTHER.matcher(t);
        if (everyOther && every.find()) {
            // the run right after the instruction (past its verb and a colon or blank)
            int k = every.end();
            while (k < n && k - every.end() < 12 && !isDigit(t.charAt(k)) && !isAsciiLetter(t.charAt(k))) {
                k++;
            }
            int e = k;
            while (e < n && t.charAt(e) != ' ' && t.charAt(e) != '\n' && t.charAt(e) != '。') {
                e++;
            }
            if (e - k >= 6 && k < n && (isDigit(t.charAt(k)) || isAsciiLetter(t.charAt(k)))) {
                drop = new boolean[n];
                for (int x = k + 1; x < e; x += 2) {
                    drop[x] = true;
                }
            }
        }
        if (twice && TYPED_TWICE.matcher(t).find()) {
            for (int i = 0; i < n; i++) {
                if (!isDigit(t.charAt(i)) || i > 0 && isDigit(t.charAt(i - 1))) {
                    continue;
                }
                int e = i;
                while (e < n && isDigit(t.charAt(e))) {
                    e++;
                }
                boolean pairs = (e - i) % 2 == 0 && e - i >= 4;
                for (int x = i; pairs && x < e; x += 2) {
                    pairs = t.charAt(x) == t.charAt(x + 1);
                }
                if (pairs) {
                    if (drop == null) {
                        drop = new boolean[n];
                    }
                    for (int x = i + 1; x < e; x += 2) {
                        drop[x] = true;
                    }
                }
                i = e;
            }
        }
        if (drop == null) {
            return in;
        }
        return in.without(drop);
    }

    /** Symbol words that are not kana (kana ones are the symbols of letter-names.tsv): Chinese 「下划线」. */
    private static final String[][] OTHER_SYMBOL_WORDS = {{"下划线", "_"}, {"下劃線", "_"}, {"下線", "_"}};
    /**
     * First chars (katakana and hiragana) of the symbol names in letter-names.tsv: a cheap test before
     * matching, asked for every char of a field with Latin in it.
     */
    private static final java.util.BitSet SYMBOL_FIRST = new java.util.BitSet(0x10000);

    static {
        for (char c : LetterNames.get().symbolFirstChars().toCharArray()) {
            SYMBOL_FIRST.set(c);
        }
    }
    /** What may stand around a symbol word besides blanks: 「ai（ドット）nakamura」「kobayashi）＋ハイフン＋biz」. */
    private static final String SYMBOL_WORD_WRAPPING = " ()[]「」+";

    /**
     * 「ai（ドット）nakamura（アンダーバー）tr」「li 下划线 ming」「x点com」: the name of a symbol between
     * two Latin letters or digits is the symbol (wrapping blanks, brackets and plus signs dropped).
     * Only between Latin on both sides, so 「ドットコム」「ハイフンで区切る」 stay words; the one-kanji
     * 点 only glued to letters on both sides (「5点 3000円」 is a count and a price).
     */
    private static NormalizedText joinSymbolWords(NormalizedText in) {
        String t = in.text();
        int n = t.length();
        NormalizedText.Builder b = null;
        int copied = 0;
        for (int i = 1; i < n - 1; i++) {
            char c = t.charAt(i);
            String symbol = null;
            int len = 0;
            if (SYMBOL_FIRST.get(c)) {
                if (!alnumShortlyBefore(t, i)) {
                    continue; // no Latin just before: whatever this names, it is not joined (checked below)
                }
                LetterNames.Name name = LETTER_NAMES.match(t, i);
                if (name != null && name.isSymbol() && !isKanaLetter(t.charAt(i - 1))
                        && (i + name.word().length() >= n || !isKanaLetter(t.charAt(i + name.word().length())))) {
                    symbol = String.valueOf(name.value());
                    len = name.word().length();
                }
            } else if (c == '_' && (t.charAt(i - 1) == ' ' || t.charAt(i + 1) == ' ')) {
                symbol = "_"; // 「yuzu _ illust」: an underscore spaced apart from its halves
                len = 1;
            } else if (c == '点') {
                if (isAsciiLetter(t.charAt(i - 1)) && isAsciiLetter(t.charAt(i + 1))) {
                    symbol = ".";
                    len = 1;
                }
            } else if (c == '下') {
                for (String[] w : OTHER_SYMBOL_WORDS) {
                    if (t.startsWith(w[0], i)) {
                        symbol = w[1];
                        len = w[0].length();
                    }
                }
            }
            if (symbol == null) {
                continue;
            }
            int p = i;
            while (p > copied && i - p < 3 && SYMBOL_WORD_WRAPPING.indexOf(t.charAt(p - 1)) >= 0) {
                p--;
            }
            int q = i + len;
            while (q < n && q - (i + len) < 3 && SYMBOL_WORD_WRAPPING.indexOf(t.charAt(q)) >= 0) {
                q++;
            }
            if (p == 0 || q >= n || !isAsciiAlnum(t.charAt(p - 1)) || !isAsciiAlnum(t.charAt(q))) {
                continue;
            }
            if (c == '_' && (p < 2 || q + 1 >= n || !isAsciiAlnum(t.charAt(p - 2)) || !isAsciiAlnum(t.charAt(q + 1)))) {
                continue; // 「w x _ l i n」: letters spaced one by one are joined by collapseSpacedLetters instead
            }
            if (b == null) {
                b = in.derive();
            }
            b.copy(copied, p);
            b.append(symbol, p, q);
            copied = q;
            i = q - 1;
        }
        if (b == null) {
            return in;
        }
        return b.copy(copied, n).build();
    }

    /**
     * Whether a Latin letter or digit is among the four chars before {@code i}: a symbol word is
     * joined only to one at most three wrapping chars before it.
     */
    private static boolean alnumShortlyBefore(String t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (isAsciiAlnum(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The text without the chars marked in {@code drop}. */
    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * The start of a drop verb (飛ばし, 取っ, 抜い, 無視, 消し, 除い, 外し, とばし,
     * ぬい, はずし; 「とっ」 only after は/を, it is too common otherwise) before the regex runs.
     */
    private static boolean isDropVerbStart(String t, int i, char c, char next) {
        return switch (c) {
            case '飛', '抜', '除' -> next == 'ば' || next == 'い';
            case '取' -> next == 'っ';
            case '無' -> next == '視';
            case '消', '外' -> next == 'し';
            case 'と' -> next == 'ば' || next == 'っ' && i > 0 && (t.charAt(i - 1) == 'は' || t.charAt(i - 1) == 'を');
            case 'ぬ' -> next == 'い';
            case 'は' -> next == 'ず';
            default -> false;
        };
    }

    private static final java.util.regex.Pattern DROP_INSTRUCTION = java.util.regex.Pattern.compile(
            "(?:[「『\"']([^\\s」』\"'])[」』\"']|(?<![\\p{L}\\p{N}])([^\\s\\p{L}\\p{N}()、。,.!?「」『』:：]{1,2})|(英字|アルファベット|ローマ字|ハート|星))"
                    + "\\s*(?:は|を)\\s*(?:全部|すべて|全て)?\\s*(?:飛ばし|とばし|取っ|とっ|抜い|ぬい|無視し|消し|除い|外し|はずし)");
    private static final String HEARTS = "❤♥♡💕💗💖💓💘";
    private static final String STARS = "★☆⭐✩✪";

    /**
     * 「h*a*r*u_i*l*l*u*s*t（*は飛ばして読んでください）」「c❤h❤i❤k❤a（ハートは取ってね）」「m の i の n
     * （「の」は取ってください）」「0x8y0z-3q6r（英字は全部飛ばして）」: junk interleaved in an ID or number
     * with an instruction saying what to skip. The named junk is dropped wherever it sits between
     * Latin letters or digits (blanks around it too); only with the instruction in the same field.
     */
    private static NormalizedText dropInstructedJunk(NormalizedText in) {
        String t = in.text();
        java.util.regex.Matcher m = DROP_INSTRUCTION.matcher(t);
        if (!m.find()) {
            return in;
        }
        String junk = m.group(1) != null ? m.group(1) : m.group(2);
        String word = m.group(3);
        int n = t.length();
        boolean[] drop = new boolean[n];
        boolean any = false;
        for (int i = 1; i < n - 1; i++) {
            if (i >= m.start() && i < m.end()) {
                continue;
            }
            int len;
            if (junk != null) {
                len = t.startsWith(junk, i) ? junk.length() : 0;
            } else if (word.equals("英字") || word.equals("アルファベット") || word.equals("ローマ字")) {
                // letters only where they are interleaved with digits (「0x8y0z」), not in words
                char before = t.charAt(i - 1);
                char after = t.charAt(i + 1);
                len = isAsciiLetter(t.charAt(i)) && !isAsciiLetter(before) && !isAsciiLetter(after)
                        && (isDigit(before) || isDigit(after)) ? 1 : 0;
            } else {
                String set = word.equals("ハート") ? HEARTS : STARS;
                int cp = t.codePointAt(i);
                len = set.indexOf(cp) >= 0 ? Character.charCount(cp) : 0;
            }
            if (len == 0) {
                continue;
            }
            int p = i;
            while (p > 0 && t.charAt(p - 1) == ' ') {
                p--;
            }
            int q = i + len;
            while (q < n && t.charAt(q) == ' ') {
                q++;
            }
            if (p > 0 && q < n && isIdChar(t.charAt(p - 1)) && isIdChar(t.charAt(q))) {
                for (int k = p; k < q; k++) {
                    drop[k] = true;
                }
                any = true;
                i = q - 1;
            }
        }
        if (!any) {
            return in;
        }
        return in.without(drop);
    }

    private static boolean isIdChar(char c) {
        return isAsciiAlnum(c) || c == '_' || c == '.' || c == '-';
    }

    private static final LetterNames LETTER_NAMES = LetterNames.get();

    /**
     * 「エヌ・オー・ゼット・オー・エム・アイ」「あい・だぶりゅー・えー」: three or more kana names of Latin
     * letters or English digits, each separated by ・ or a blank, are the letters they name (the
     * separators dropped). A name glued to more kana is part of a word, and fewer than three names
     * (「アイ・エス」) are left alone.
     */
    /**
     * Whether the kana run starting at {@code i} could be the first of several spelled letters: no
     * longer than a letter name and followed by 「・」 or a blank and more kana. (A run of names is
     * only decoded from two names on, and the first must end where the kana run does.) One look at
     * a few chars instead of trying every name at every kana word.
     */
    private static boolean separatedKanaRun(String t, int i) {
        int end = i;
        while (end < t.length() && isKanaLetter(t.charAt(end))) {
            if (++end - i > LETTER_NAMES.longestWord()) {
                return false;
            }
        }
        return end + 1 < t.length() && (t.charAt(end) == '・' || t.charAt(end) == ' ') && isKanaLetter(t.charAt(end + 1));
    }

    private static NormalizedText decodeLetterNames(NormalizedText in) {
        String t = in.text();
        if (t.indexOf('・') < 0 && t.indexOf(' ') < 0) {
            return in;
        }
        int n = t.length();
        NormalizedText.Builder b = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!isKanaLetter(t.charAt(i)) || i > 0 && isKanaLetter(t.charAt(i - 1)) || !separatedKanaRun(t, i)
                    || LETTER_NAMES.match(t, i) == null) {
                i++; // most kana words are no letter name: no allocation for them
                continue;
            }
            java.util.List<int[]> names = new java.util.ArrayList<>();
            int letters = 0;
            int k = i;
            while (true) {
                LetterNames.Name name = LETTER_NAMES.match(t, k);
                int end = name == null ? k : k + name.word().length();
                // glued to more kana it is part of a word, unless a katakana name takes a particle (「エル・アイ・エヌ・イーで」)
                if (name == null || end < n && isKanaLetter(t.charAt(end))
                        && !(isHiragana(t.charAt(end)) && !isHiragana(t.charAt(end - 1)) && !names.isEmpty())) {
                    break;
                }
                names.add(new int[] {k, end, name.value()});
                letters += name.isSymbol() ? 0 : 1;
                if (end + 1 < n && (t.charAt(end) == '・' || t.charAt(end) == ' ') && isKanaLetter(t.charAt(end + 1))) {
                    k = end + 1;
                } else {
                    break;
                }
            }
            if (letters < 3 && !(letters == 2 && names.size() == 2 && digitGroupInList(t, names))) {
                i++;
                continue;
            }
            if (b == null) {
                b = in.derive();
            }
            b.copy(copied, i);
            for (int[] name : names) {
                b.append((char) name[2], name[0], name[1]);
            }
            int[] last = names.get(names.size() - 1);
            copied = last[1];
            i = last[1];
        }
        if (b == null) {
            return in;
        }
        return b.copy(copied, n).build();
    }

    /**
     * 「プラス・エイト・ワン、ナイン・ゼロ、スリー・セブン…」: two digit names are a group of a number read
     * out in groups when a comma leads on to more digits (names or figures); two names alone (ワン・ツー)
     * stay words.
     */
    private static boolean digitGroupInList(String t, java.util.List<int[]> names) {
        for (int[] name : names) {
            if (name[2] < '0' || name[2] > '9') {
                return false;
            }
        }
        int after = names.get(names.size() - 1)[1];
        if (after + 1 >= t.length() || t.charAt(after) != '、' && t.charAt(after) != ',') {
            return false;
        }
        char next = t.charAt(after + 1);
        if (next >= '0' && next <= '9') {
            return true;
        }
        LetterNames.Name name = LETTER_NAMES.match(t, after + 1);
        return name != null && name.value() >= '0' && name.value() <= '9';
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u3096';
    }

    /** Hiragana, katakana (not the middle dot ・) and the long mark ー. */
    static boolean isKanaLetter(char c) {
        return (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC';
    }

    /** The matching view: hiragana folded to katakana (same length, same offsets). */
    public static NormalizedText kanaFolded(NormalizedText view) {
        String t = view.text();
        char[] out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u3041' && c <= '\u3096') {
                if (out == null) {
                    out = t.toCharArray();
                }
                out[i] = (char) (c + 0x60);
            }
        }
        return out == null ? view : view.sameLength(new String(out));
    }

    /** Hiragana to katakana and ASCII to lower case: the form every pattern is compiled in. */
    public static String foldForMatching(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            sb.append(toKatakana(c));
        }
        return sb.toString();
    }

    /** One pattern char folded like the text: NFKC, lower case, katakana. */
    public static String foldChar(char c) {
        String n = c < 0x80 ? String.valueOf(c) : nfkc(c);
        if (n.length() == 1) {
            char f = n.charAt(0);
            if (f >= 'A' && f <= 'Z') {
                f = (char) (f + 32);
            }
            return String.valueOf(toKatakana(f));
        }
        return foldForMatching(n);
    }

    /** A regex source written with hiragana, made to run on the kana-folded view. */
    public static String kanaFoldPattern(String source) {
        StringBuilder sb = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            sb.append(toKatakana(source.charAt(i)));
        }
        return sb.toString();
    }

    public static char toKatakana(char c) {
        if (c >= '\u3041' && c <= '\u3096') {
            return (char) (c + 0x60);
        }
        return c;
    }

    private NormalizedText foldCharacters(NormalizedText in) {
        String t = in.text();
        NormalizedText.Builder b = in.derive();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char ch = t.charAt(i);
            if (isPlain(ch) && (i + 1 >= n || !isClusterMark(t.charAt(i + 1)))) {
                // fast path: most chars of a posting pass unchanged
                b.appendFor(i, ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
                i++;
                continue;
            }
            int cp = t.codePointAt(i);
            int j = i + Character.charCount(cp);
            // A cluster is a base char plus the marks that only decorate it (voicing, keycap, variation).
            boolean marks = false;
            while (j < n && isClusterMark(t.charAt(j))) {
                j++;
                marks = true;
            }
            if (isInvisible(cp)) {
                i = j;
                continue;
            }
            if (!marks && isPlain(cp)) {
                char c = (char) cp;
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                b.append(c, i, j);
                i = j;
                continue;
            }
            String roman = romanDigits(cp);
            if (roman == null && cp >= 0x660 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                // 「٠٨٠-٤٥١٩」「०९०」: decimal digits of any script (Arabic-Indic, Devanagari, Thai...) are digits
                roman = String.valueOf((char) ('0' + Character.digit(cp, 10)));
            }
            if (roman != null) {
                b.append(roman, i, j);
                i = j;
                continue;
            }
            if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
                // 「🇸 🇭 🇺 🇳」: regional indicator symbols are letters A-Z drawn in a box (pairs show as flags)
                b.append((char) ('a' + cp - 0x1F1E6), i, j);
                i = j;
                continue;
            }
            char look = homoglyph(cp);
            if (look != 0) {
                b.append(look, i, j);
                i = j;
                continue;
            }
            String nf;
            if (!marks && cp < 0x10000) {
                nf = nfkc((char) cp);
            } else {
                nf = Normalizer.normalize(stripMarks(t.substring(i, j)), Normalizer.Form.NFKC);
            }
            for (int k = 0; k < nf.length(); k++) {
                char c = nf.charAt(k);
                if (isInvisible(c)) {
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                } else if (c == '\u3000') {
                    c = ' ';
                }
                char h = homoglyph(c);
                b.append(h != 0 ? h : withoutAccent(c), i, j);
            }
            i = j;
        }
        foldDashesBetweenDigits(b);
        return b.build();
    }

    /** NFKC of one BMP char, cached: full-width punctuation and letters recur in every posting. */
    private static final String[] NFKC_CACHE = new String[0x10000];

    private static String nfkc(char c) {
        String cached = NFKC_CACHE[c];
        if (cached == null) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                cached = String.valueOf((char) (c - 0xFEE0)); // full-width ASCII, as NFKC maps it
            } else if (isPlain(c)) {
                cached = String.valueOf(c);
            } else {
                cached = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            }
            NFKC_CACHE[c] = cached; // benign race: every thread computes the same value
        }
        return cached;
    }

    /** 「090ー1234」「070〜2284」: a dash look-alike between digits is a hyphen; elsewhere it stays. */
    private static void foldDashesBetweenDigits(NormalizedText.Builder b) {
        int n = b.length();
        for (int i = 0; i < n; i++) {
            if (!isDashLike(b.charAt(i))) {
                continue;
            }
            int p = i - 1;
            while (p >= 0 && b.charAt(p) == ' ') {
                p--;
            }
            int q = i + 1;
            while (q < n && (b.charAt(q) == ' ' || isDashLike(b.charAt(q)))) {
                q++;
            }
            if (p >= 0 && q < n && isDigit(b.charAt(p)) && isDigit(b.charAt(q))) {
                b.set(i, '-');
            } else if (q == i + 1 && p == i - 1 && p >= 0 && q < n && b.charAt(i) != '\u30FC' && b.charAt(i) != '~'
                    && b.charAt(i) != '\u301C' && isAsciiAlnum(b.charAt(p)) && isAsciiAlnum(b.charAt(q))) {
                b.set(i, '-'); // 「blue‐harbor」「kurashi－lab」: a hyphen look-alike inside a Latin word is a hyphen
            }
        }
    }

    /** 「L I N E」「n・i・s・h・i」「L-I-N-E」「0 7 0 - 5 5」: three or more single chars with one separator between. */
    private static NormalizedText collapseSpacedLetters(NormalizedText in) {
        String t = in.text();
        int n = t.length();
        boolean[] drop = null;
        int i = 0;
        while (i < n) {
            if (i + 1 >= n || !isLetterSeparator(t.charAt(i + 1))) {
                i++; // no unit starts here without a separator after it (most chars: one test)
                continue;
            }
            // 「イ ン ス タ」「ら い ん」: single kana spaced out the same way, never mixed with Latin ones
            boolean kana = isKanaLetter(t.charAt(i));
            // a katakana unit may follow a hiragana particle (「作品はイ ン ス タ」)
            if (!(kana || isSpaceable(t.charAt(i))) || (i > 0 && isWordChar(t.charAt(i - 1), kana)
                    && !(kana && isHiragana(t.charAt(i - 1)) && !isHiragana(t.charAt(i))))) {
                i++;
                continue;
            }
            int count = 1;
            int k = i + 1;
            while (k + 1 < n && (kana ? isKanaSeparator(t.charAt(k)) : isLetterSeparator(t.charAt(k)))
                    && (kana ? isKanaLetter(t.charAt(k + 1)) : isSpaceable(t.charAt(k + 1)))) {
                if (k + 2 < n && isWordChar(t.charAt(k + 2), kana)) {
                    if (kana && count >= 2) {
                        // 「イ ン ス タに」: the last spaced kana may carry a particle or the rest of the word
                        count++;
                        k += 2;
                    }
                    break;
                }
                count++;
                k += 2;
            }
            if (count >= 3) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                for (int s = i + 1; s < k; s += 2) {
                    drop[s] = true;
                }
                i = k;
            } else {
                i++;
            }
        }
        if (drop == null) {
            return in;
        }
        return in.without(drop);
    }

    /** What continues a word: a Latin letter or digit for Latin units, more kana for kana units. */
    private static boolean isWordChar(char c, boolean kana) {
        return kana ? isKanaLetter(c) : isAsciiAlnum(c);
    }

    private static boolean isKanaSeparator(char c) {
        return c == ' ' || c == '\n' || c == '・';
    }

    private static boolean isSpaceable(char c) {
        return isAsciiAlnum(c) || c == '_' || c == '-' || c == '@' || c == '.';
    }

    /** Every separator a spaced unit may use (the kana separators are a subset). */
    private static boolean isLetterSeparator(char c) {
        return c == ' ' || c == '\n' || c == '・' || c == '･' || c == '·' || c == '\u30FB' || c == '-';
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isDashLike(char c) {
        switch (c) {
            case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
            case '\u2015': case '\u2212': case '\u2500': case '\u2501': case '\u30FC': case '\uFF70':
            case '~': case '\u301C': case '\uFE63': case '\u2043': case '\u02D7':
                return true;
            default:
                return false;
        }
    }

    /** Common Japanese punctuation and symbols that NFKC leaves unchanged (no Normalizer call). */
    private static final String STABLE = "、。「」『』【】〈〉《》〔〕・〜※★☆♪○●◎□■△▲▽▼◇◆→←↑↓〒々ー";

    /** {@link #plainSlow} for every BMP char, looked up once per char on the hot path. */
    private static final boolean[] PLAIN = new boolean[0x10000];

    static {
        for (int c = 0; c < PLAIN.length; c++) {
            PLAIN[c] = plainSlow(c);
        }
    }

    private static boolean isPlain(int cp) {
        // ASCII and kanji first: the table is then read only for the few kana and symbol lines it
        // needs (a screening touching it for every kanji pulls 20 KB of it into the cache)
        return cp < 0x80 || cp >= 0x4E00 && cp <= 0x9FFF || (cp < 0x10000 ? PLAIN[cp] : plainSlow(cp));
    }

    private static boolean plainSlow(int cp) {
        return cp < 0x80 || (cp >= 0x3001 && cp <= 0x30FF && STABLE.indexOf(cp) >= 0) || (cp >= 0x2000 && cp <= 0x27BF && STABLE.indexOf(cp) >= 0)
                || (cp >= 0x3041 && cp <= 0x3096)
                || (cp >= 0x30A1 && cp <= 0x30FA)
                || cp == 0x30FC || cp == 0x3005 || cp == 0x3001 || cp == 0x3002
                || (cp >= 0x4E00 && cp <= 0x9FFF);
    }

    private static boolean isClusterMark(char c) {
        return c == '\u3099' || c == '\u309A' || c == '\uFF9E' || c == '\uFF9F'
                || (c >= '\uFE00' && c <= '\uFE0F') || isDecoratingMark(c);
    }

    /**
     * Combining marks that only decorate (keycap, strike-through 0̶9̶0̶, tildes and accents piled on
     * digits and Latin letters, enclosing circles): dropped with the cluster, so 「0̶9̶0̶」 reads 090
     * and 「gmàil」 reads gmail. Japanese voicing marks are not among them (NFKC composes those).
     */
    private static boolean isDecoratingMark(char c) {
        return (c >= '\u0300' && c <= '\u036F') || (c >= '\u1AB0' && c <= '\u1AFF')
                || (c >= '\u1DC0' && c <= '\u1DFF') || (c >= '\u20D0' && c <= '\u20FF');
    }

    private static String stripMarks(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean decoration = (c >= '\uFE00' && c <= '\uFE0F') || isDecoratingMark(c);
            if (decoration && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (!decoration && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Zero-width, bidi controls, soft hyphen, word joiners, variation selectors, fillers. */
    public static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || cp == 0x00AD || cp == 0x034F
                || cp == 0x180E || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x20E3 || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    /** Ⅰ..Ⅻ, ⅰ..ⅻ: abusers write digits as Roman numerals; NFKC would turn them into Latin letters. */
    private static String romanDigits(int cp) {
        String dingbat = dingbatDigits(cp);
        if (dingbat != null) {
            return dingbat;
        }
        if (cp >= 0x2160 && cp <= 0x216B) {
            return Integer.toString(cp - 0x2160 + 1);
        }
        if (cp >= 0x2170 && cp <= 0x217B) {
            return Integer.toString(cp - 0x2170 + 1);
        }
        return null;
    }

    /** Negative and sans-serif circled digits (⓿❶➀➊), which NFKC leaves alone. */
    private static String dingbatDigits(int cp) {
        if (cp == 0x24FF || cp == 0x24EA) {
            return "0";
        }
        if (cp >= 0x2776 && cp <= 0x277F) {
            return Integer.toString(cp - 0x2776 + 1);
        }
        if (cp >= 0x2780 && cp <= 0x2789) {
            return Integer.toString(cp - 0x2780 + 1);
        }
        if (cp >= 0x278A && cp <= 0x2793) {
            return Integer.toString(cp - 0x278A + 1);
        }
        if (cp >= 0x24EB && cp <= 0x24F4) {
            return Integer.toString(cp - 0x24EB + 11);
        }
        if (cp >= 0x1F10B && cp <= 0x1F10C) {
            return "0";
        }
        return null;
    }

    /** 「gmàil」「yahöo」「ṁȯċḣi」: an accented Latin letter (precomposed, Latin-1 to Latin Extended Additional) read as its plain letter. */
    static char withoutAccent(char c) {
        if (c < '\u00C0' || c > '\u024F' && (c < '\u1E00' || c > '\u1EFF')) {
            return c;
        }
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        if (base >= 'A' && base <= 'Z') {
            return (char) (base + 32);
        }
        return base >= 'a' && base <= 'z' ? base : c;
    }

    /** Cyrillic and Greek letters that render like Latin ones (lower-cased result), else 0. */
    static char homoglyph(int cp) {
        switch (cp) {
            case 0x0430: case 0x0410: case 0x03B1: case 0x0391: case 0x0251: return 'a';
            case 0x0412: case 0x0392: case 0x0432: return 'b';
            case 0x0441: case 0x0421: case 0x03F2: return 'c';
            case 0x0501: return 'd';
            case 0x0435: case 0x0415: case 0x0395: case 0x03B5: return 'e';
            case 0x0261: return 'g'; // IPA script g (ɡ)
            case 0x041D: case 0x0397: case 0x04BB: return 'h';
            case 0x0456: case 0x0406: case 0x0399: case 0x03B9: case 0x04C0: case 0x04CF: case 0x0131: return 'i';
            case 0x0458: case 0x0408: return 'j';
            case 0x043A: case 0x041A: case 0x039A: case 0x03BA: return 'k';
            case 0x041C: case 0x039C: return 'm';
            case 0x039D: return 'n';
            case 0x043E: case 0x041E: case 0x039F: case 0x03BF: return 'o';
            case 0x0440: case 0x0420: case 0x03A1: case 0x03C1: return 'p';
            case 0x0455: case 0x0405: return 's';
            case 0x0422: case 0x03A4: case 0x03C4: return 't';
            case 0x03C5: return 'u';
            case 0x03BD: return 'v';
            case 0x0445: case 0x0425: case 0x03A7: case 0x03C7: return 'x';
            case 0x0443: case 0x0423: case 0x03A5: return 'y';
            case 0x0396: return 'z';
            default: return 0;
        }
    }
}
