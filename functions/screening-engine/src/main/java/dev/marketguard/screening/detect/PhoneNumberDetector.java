package dev.marketguard.screening.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;

/**
 * Japanese phone numbers, however they are spelled: the field is read as runs of digit units
 * (ASCII digits, 〇一二…, ゼロ/キュー/よん…, zero/kyuu…, O/l/I standing in for 0/1) with up to a
 * few separators between them (spaces, hyphens, の, newlines, emoji), and each run is checked
 * with libphonenumber as a JP number. A run may only start with a zero (every JP number does:
 * 0X0, 0A…), an ASCII digit (numbers written backwards) or after a "+"/プラス, so ordinary kana
 * like に or いち never open one. Runs written backwards and the 070/080/090 prefix quoted
 * on its own next to 番号/電話 are reported too, with lower weight.
 */
public final class PhoneNumberDetector implements Detector {
    static final String RULE = "contact.phone";
    static final String RULE_REVERSED = "contact.phone_reversed";
    static final String RULE_FRAGMENT = "contact.phone_fragment";

    static final String RULE_SPLIT = "contact.phone_split";

    private static final DigitWords WORDS = DigitWords.get();
    private static final int MAX_GAP = 3;

    private final PhoneNumberUtil phoneUtil = PhoneNumberUtil.getInstance();

    /** Loads libphonenumber's metadata (tens of ms) ahead of the first screening. */
    public static void warmUp() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            util.isValidNumber(util.parse("09012345678", "JP"));
        } catch (NumberParseException e) {
            throw new IllegalStateException("libphonenumber cannot parse a JP number", e);
        }
    }

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            scan(field, sink);
        }
    }

    private void scan(AnalyzedField field, FindingSink sink) {
        NormalizedText view = field.folded();
        String t = view.text();
        int n = t.length();
        char[] digits = new char[n + 1];
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        int count = 0;
        boolean plus = false;
        int gap = 0;
        int i = 0;
        int[] unit = new int[2];
        int[] probe = new int[2];
        String plain = field.normalized().text();
        java.util.List<Piece> pieces = new java.util.ArrayList<>();

        int countryCodeEnd = -1;
        boolean afterCountryCode = false;
        boolean readAloud = false; // the run spelled one of its digits again in words (「6（ろく）」)
        while (i <= n) {
            boolean nearCountryCode = count == 0 && countryCodeEnd >= 0 && i - countryCodeEnd <= COUNTRY_CODE_GAP;
            // outside a run only a unit reading 0, an ASCII digit or a unit after a plus opens one:
            // most chars are ruled out here, before any digit-word lookup
            boolean opens = i < n && (count > 0 || nearCountryCode || isAsciiDigit(t.charAt(i)) || precededByPlus(t, i));
            boolean matched = i < n && (opens || WORDS.mayStartZero(t.charAt(i)))
                    && matchUnit(t, plain, i, count > 0, unit) && (opens || unit[1] == '0');
            if (matched) {
                if (count == 0 && (precededByPlus(t, i) || countryCodeInBrackets(t, i))) {
                    plus = true;
                }
                if (count == 0) {
                    afterCountryCode = nearCountryCode && unit[1] != '0';
                }
                digits[count] = (char) unit[1];
                starts[count] = i;
                ends[count] = unit[0];
                count++;
                gap = 0;
                i = unit[0];
                continue;
            }
            int hintEnd = i < n && count > 0 && t.charAt(i) == '(' ? readingHintEnd(t, plain, i, digits, count, probe) : -1;
            if (hintEnd > 0) {
                // 「03-6（ろく）842」: the reading of the digits just written, not more digits and no group break
                ends[count - 1] = hintEnd;
                readAloud = true;
                i = hintEnd;
                continue;
            }
            int tensEnd = i < n && count > 0 && gap == 0 ? WORDS.tensWordEnd(t, i) : -1;
            if (tensEnd > 0) {
                // 「くじゅうはち」「九十八」: digits read in pairs as tens; a ten with no digit after it ends in 0
                if (tensEnd >= n || !matchUnit(t, plain, tensEnd, true, probe)) {
                    digits[count] = '0';
                    starts[count] = i;
                    ends[count] = tensEnd;
                    count++;
                }
                i = tensEnd;
                continue;
            }
            if (i < n && count > 0 && gap < MAX_GAP && isSeparator(t, i)) {
                gap += Character.isSurrogate(t.charAt(i)) ? 0 : 1;
                i++;
                continue;
            }
            if (afterCountryCode && (count == 9 || count == 10)) {
                // 「国番号81、そのあと 80 5555 1212」「プラス八十一、九〇の…」: the national number after the
                // country code said on its own, its leading 0 dropped as in international format
                String national = "0" + new String(digits, 0, count);
                if (isValid(national)) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, starts[0], ends[count - 1], true);
                }
            } else if (count > 0 && !evaluateRun(field, view, digits, starts, ends, count, plus, readAloud, sink) && count >= 2) {
                pieces.add(new Piece(new String(digits, 0, count), starts[0], ends[count - 1]));
            }
            if (count > 0) {
                countryCodeEnd = count == 2 && digits[0] == '8' && digits[1] == '1'
                        && (plus || countryCodeWordBefore(t, starts[0])) ? ends[1] : -1;
            }
            afterCountryCode = false;
            readAloud = false;
            count = 0;
            plus = false;
            gap = 0;
            i++;
        }
        joinPieces(field, view, pieces, sink);
    }

    /**
     * 「03-6（ろく）8 4 2-1907」「〇八〇(ぜろはちぜろ)」: a bracket right after digits that only spells them
     * again in words, as a careful writer does to rule out a misreading. Returns the index after the
     * closing bracket when the words in it read as the run's last digits, else -1. Digits written
     * as digits in the bracket are not a reading (「6(6)」 may be anything).
     */
    private int readingHintEnd(String t, String plain, int open, char[] digits, int count, int[] probe) {
        int p = open + 1;
        StringBuilder read = new StringBuilder();
        boolean words = false;
        while (p < t.length() && read.length() < count) {
            while (p < t.length() && t.charAt(p) == ' ') {
                p++;
            }
            if (p >= t.length() || t.charAt(p) == ')' || !matchUnit(t, plain, p, true, probe)) {
                break;
            }
            words |= !isAsciiDigit(t.charAt(p));
            read.append((char) probe[1]);
            p = probe[0];
        }
        while (p < t.length() && t.charAt(p) == ' ') {
            p++;
        }
        if (!words || read.length() == 0 || p >= t.length() || t.charAt(p) != ')') {
            return -1;
        }
        return new String(digits, count - read.length(), read.length()).contentEquals(read) ? p + 1 : -1;
    }

    /** What separates the groups of a formatted number (String#split would compile it on every call). */
    private static final java.util.regex.Pattern NON_DIGITS = java.util.regex.Pattern.compile("[^0-9]+");

    /** Counters after a number make it a quantity (「080 個」「090分」「5678 円」), not a piece of a phone number. */
    private static final String COUNTERS = "個円件本分枚点人名歳年月日時回社秒度倍%";

    private static boolean counted(String t, int end) {
        int p = end;
        while (p < t.length() && t.charAt(p) == ' ') {
            p++;
        }
        return p < t.length() && COUNTERS.indexOf(t.charAt(p)) >= 0;
    }

    /** Digits of one run that did not make a number on their own, in view offsets. */
    private record Piece(String digits, int start, int end) {
    }

    /** How far apart (view chars) the pieces of a number split over a sentence may be. */
    private static final int MAX_PIECE_GAP = 48;

    /**
     * 「最初は090です。次が7214。最後は3308」「前半は09066、後半は341282」: a number cut into pieces
     * with words between them. Pieces that start with a prefix or area code ({@link #opensNumber}) and
     * join into a valid number count when the text talks about a phone number or about the pieces.
     */
    private void joinPieces(AnalyzedField field, NormalizedText view, java.util.List<Piece> pieces, FindingSink sink) {
        String t = view.text();
        for (int a = 0; a < pieces.size(); a++) {
            Piece first = pieces.get(a);
            if (!opensNumber(first.digits()) || first.digits().length() > 9 || counted(t, first.end())) {
                continue;
            }
            StringBuilder joined = new StringBuilder(first.digits());
            int end = first.end();
            for (int b = a + 1; b < pieces.size() && joined.length() < 10; b++) {
                Piece next = pieces.get(b);
                if (next.start() - end > MAX_PIECE_GAP) {
                    break;
                }
                if (next.digits().length() < 3 || counted(t, next.end())) {
                    continue; // 「最後の4桁は」「1234 個」: a count, not a piece
                }
                joined.append(next.digits());
                end = next.end();
            }
            if ((joined.length() == 10 || joined.length() == 11) && isValid(joined.toString())
                    && nearPhoneWord(t, first.start(), end) && !insideCode(t, first.start())) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE_SPLIT, 0.9, field, view, first.start(), end, true);
                return;
            }
        }
    }

    /**
     * Whether a piece can be a number's first: a mobile or IP-phone prefix (090, 050), or an area
     * code on its own (「まず 03 を押す／続けて 6271／最後に 9940」), the rest then joining into a
     * valid number.
     */
    private static boolean opensNumber(String digits) {
        // a mobile prefix (0[5789]0) is one of these too
        return digits.length() >= 2 && digits.charAt(0) == '0' && digits.charAt(1) != '0';
    }

    /** Reports what the run holds; true when a whole number was found in it. */
    private boolean evaluateRun(AnalyzedField field, NormalizedText view, char[] digits, int[] starts, int[] ends,
                                int count, boolean plus, boolean readAloud, FindingSink sink) {
        if (count < 3) {
            return false; // nothing shorter than a 070/080/090 prefix is worth a look
        }
        String d = new String(digits, 0, count);
        int offset = 0;
        if (plus && d.startsWith("81") && count >= 11) {
            d = d.charAt(2) == '0' ? d.substring(2) : "0" + d.substring(2);
            offset = -1; // the whole run is the number
        }
        if (offset == -1) {
            if (isValid(d)) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, starts[0], ends[count - 1], true);
                return true;
            }
            return false;
        }
        int spelled = 0;
        for (int k = 0; k < count; k++) {
            spelled += isAsciiDigit(view.text().charAt(starts[k])) ? 0 : 1;
        }
        boolean[] groupStart = new boolean[count + 1];
        for (int k = 0; k <= count; k++) {
            groupStart[k] = k == 0 || k == count || starts[k] > ends[k - 1];
        }
        boolean phoneTalk = nearPhoneWord(view.text(), starts[0], ends[count - 1]);
        boolean found = false;
        int p = 0;
        while (p < count) {
            if (d.charAt(p) != '0' || !groupStart[p] || !mayStartNumber(p, count, groupStart)) {
                p++; // (no ten- or eleven-digit candidate starts here: the label checks below are not needed)
                continue;
            }
            boolean loose = !insideCode(view.text(), starts[p]) && !codeLabelBefore(view.text(), starts[p]);
            if (STRONG_CODE_LABEL.matcher(view.text().substring(Math.max(0, starts[p] - 12), starts[p])).find()) {
                p++;
                continue;
            }
            int len = matchLength(d, p, groupStart, loose && (phoneTalk || spelled >= 3), loose,
                    loose && phoneTalk && (spelled >= 3 || readAloud));
            if (len > 0) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, starts[p], ends[p + len - 1], true);
                found = true;
                p += len;
            } else {
                p++;
            }
        }
        if (found) {
            return true;
        }
        if (count >= 10 && count <= 11) {
            String reversed = new StringBuilder(d).reverse().toString();
            if (isMobilePrefix(reversed) && isValid(reversed)) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE_REVERSED, 0.9, field, view, starts[0], ends[count - 1], true);
                return true;
            }
        }
        boolean prefixGroup = count == 3 || starts[3] > ends[2];
        if (count <= 11 && prefixGroup && isMobilePrefix(d) && !isPlaceholder(d)
                && !insideCode(view.text(), starts[0])
                && !quotedAsFormat(view.text(), ends[count - 1]) && !counted(view.text(), ends[count - 1])
                && nearPhoneWord(view.text(), starts[0], ends[count - 1])) {
            sink.add(ViolationCategory.DIRECT_TRADING, RULE_FRAGMENT, 0.6, field, view, starts[0], ends[count - 1], true);
        }
        return false;
    }

    /**
     * Words after a prefix that make it the topic (「090形式」「090から始まる文字列」「090に始まる番号の件数」),
     * not a number given out; 「番号は090から始まります」 (said of one's own number) stays a fragment.
     */
    private static final java.util.regex.Pattern FORMAT_TALK = java.util.regex.Pattern.compile(
            "[」』\" ]*(?:形式|フォーマット|書式|番台|系ノ|(?:カラ|デ|ニ)始マル(?:文字|番号|数|モノ|カ|ヤツ|電話|携帯|件)"
                    + "|[-ー]?[×x*＊●○◯]{3})"); // 「090-××××-××××」: the rest masked, a template

    private static boolean quotedAsFormat(String t, int end) {
        return FORMAT_TALK.matcher(t).region(end, t.length()).lookingAt();
    }

    private static boolean isMobilePrefix(String d) {
        return d.length() >= 3 && d.charAt(0) == '0' && d.charAt(2) == '0' && "5789".indexOf(d.charAt(1)) >= 0;
    }

    /** Labels of codes that are not phone numbers, just before a run: 「ロット 09044 5128 83」「注文番号 …」. */
    private static final java.util.regex.Pattern CODE_LABEL = java.util.regex.Pattern.compile(
            "(?:ロット|品番|型番|注文番号|シリアル|製造番号|管理番号|会員番号|伝票|口座|jan|isbn|sku|商品コード|no\\.?|#)[^0-9]{0,4}$");
    /** A labelled code is not a phone number however it is grouped (「SKU 09011223344」); # and no. only for odd groupings. */
    private static final java.util.regex.Pattern STRONG_CODE_LABEL = java.util.regex.Pattern.compile(
            "(?:ロット|品番|型番|注文番号|シリアル|製造番号|管理番号|会員番号|伝票|jan|isbn|sku|商品コード)[^0-9]{0,4}$");

    private static boolean codeLabelBefore(String t, int start) {
        return CODE_LABEL.matcher(t.substring(Math.max(0, start - 12), start)).find();
    }

    /** 「KT-0901-2345」: digits glued to letters are a product or reference code, not a phone number. */
    private static boolean insideCode(String t, int start) {
        int p = start - 1;
        if (p >= 0 && (t.charAt(p) == '-' || t.charAt(p) == '_')) {
            p--;
        }
        return p >= 0 && t.charAt(p) >= 'a' && t.charAt(p) <= 'z';
    }

    /** Whether a candidate of ten or eleven digits could start at {@code p} (see {@link #matchLength}). */
    private static boolean mayStartNumber(int p, int count, boolean[] groupStart) {
        return p + 11 <= count && groupStart[p + 11] || p + 10 <= count && groupStart[p + 10];
    }

    /**
     * A candidate must start and end on digit-group boundaries and be grouped the way the number
     * is written nationally (090-1234-5678, 03-1234-5678, 0120-240-930), or not grouped at all, or
     * digit by digit (0 9 0 …, one per line) as evasion writes it. Dates and codes that merely
     * contain ten or eleven digits across their groups (2024/09/01〜…) do not qualify.
     */
    private int matchLength(String d, int p, boolean[] groupStart, boolean phoneTalk, boolean loose, boolean spelledPhone) {
        for (int len = 11; len >= 10; len--) {
            if (p + len > d.length() || !groupStart[p + len]) {
                continue;
            }
            String candidate = d.substring(p, p + len);
            PhoneNumber number = parseValid(candidate);
            // 「09044 51288 3」「080 99 12 33 45」: a whole mobile number grouped at random still counts (no
            // date or code has eleven digits after 070/080/090); other numbers only where a phone is talked
            // about or their digits are spelled out (「ぜろきゅーぜろ(よんよんはちに)ななーいちさんご」)
            // 「zero-nine-two 四七三 eight-one…」「〇一二〇ー九九ー四五一二」: digits spelled out as words next to
            // phone talk are a number however they are grouped (nobody spells out a date or code that way)
            if (number != null && (groupingMatches(groupStart, p, p + len, number) || spelledPhone
                    || loose && len == 11 && isMobilePrefix(candidate) || phoneTalk && isMobilePrefix(candidate))) {
                return len;
            }
        }
        return 0;
    }

    private boolean groupingMatches(boolean[] groupStart, int from, int to, PhoneNumber number) {
        java.util.List<Integer> lengths = new java.util.ArrayList<>();
        int length = 0;
        for (int k = from; k < to; k++) {
            if (groupStart[k] && k > from) {
                lengths.add(length);
                length = 0;
            }
            length++;
        }
        lengths.add(length);
        boolean singles = true;
        for (int l : lengths) {
            singles &= l == 1;
        }
        if (lengths.size() == 1 || singles) {
            return true;
        }
        String national = phoneUtil.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (String group : NON_DIGITS.split(national)) {
            if (!group.isEmpty()) {
                expected.add(group.length());
            }
        }
        return lengths.equals(expected);
    }

    private PhoneNumber parseValid(String national) {
        if (national.length() < 10 || national.length() > 11 || national.charAt(0) != '0' || isPlaceholder(national)) {
            return null;
        }
        try {
            PhoneNumber number = phoneUtil.parse(national, "JP");
            return phoneUtil.isValidNumber(number) ? number : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private boolean isValid(String national) {
        return parseValid(national) != null;
    }

    /** 「0854-00-0000」「090-0000-0000」: a whole number whose last six digits are all zero is a placeholder, not anyone's line. */
    private static boolean isPlaceholder(String national) {
        if (national.length() < 10) {
            return false;
        }
        for (int i = national.length() - 6; i < national.length(); i++) {
            if (national.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean nearPhoneWord(String t, int start, int end) {
        int from = Math.max(0, start - 25);
        int to = Math.min(t.length(), end + 25);
        String around = t.substring(from, to);
        return around.contains("番号") || around.contains("電話") || around.contains("デンワ") || around.contains("連絡先")
                || around.contains("ケータイ") || around.contains("バンゴウ") || around.contains("桁")
                || around.contains("前半") || around.contains("後半") || around.contains("始マ")
                || around.contains("tel") || around.contains("携帯") || around.contains("頭")
                || around.contains("最後") || around.contains("最初") || around.contains("続き") || around.contains("下4")
                || around.contains("bangou") || around.contains("denwa") || around.contains("saigo")
                || around.contains("上3") || around.contains("三桁") || around.contains("四桁") || around.contains("真ン中")
                || around.contains("真ん中") || around.contains("次") || around.contains("オ尻") || around.contains("末尾")
                || around.contains("ツナゲ") || around.contains("クッツケ") || around.contains("call") || around.contains("sms")
                || around.contains("フリーダイヤル") || around.contains("ダイヤル") || around.contains("オカケ");
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Tries to read one digit unit at {@code i}; on success sets unit[0]=end, unit[1]=digit char. */
    private static boolean matchUnit(String t, String plain, int i, boolean inRun, int[] unit) {
        char c = t.charAt(i);
        if (c >= '0' && c <= '9') {
            return set(unit, i + 1, c);
        }
        char single = WORDS.charValue(c);
        if (single != 0) {
            return set(unit, i + 1, single);
        }
        if (c >= '\u30A1' && c <= '\u30FC') {
            if (!WORDS.isKanaFirst(c)) {
                return false;
            }
            if (i > 0 && isKatakana(plain.charAt(i - 1)) && !inRun && !precededByPlus(t, i)) {
                return false; // inside an ordinary katakana word (particles are still hiragana in the plain view)
            }
            for (String word : WORDS.kanaWordsStartingWith(c)) {
                if (t.startsWith(word, i)) {
                    if (word.length() == 1 && isHiragana(plain.charAt(i)) && i > 0 && isAsciiDigit(t.charAt(i - 1))) {
                        return false; // 「090に続けて」: a particle after written digits, not a digit read aloud
                    }
                    return set(unit, i + word.length(), WORDS.kanaValues.get(word));
                }
            }
            return false;
        }
        if (c >= 'a' && c <= 'z') {
            if ((WORDS.latinFirstChars.indexOf(c) < 0 && "oli".indexOf(c) < 0)
                    || i > 0 && isAsciiLetter(t.charAt(i - 1))) {
                return false;
            }
            int e = i;
            boolean oli = true;
            while (e < t.length() && isAsciiLetter(t.charAt(e))) {
                char ch = t.charAt(e);
                oli &= ch == 'o' || ch == 'l' || ch == 'i';
                e++;
            }
            Character word = e - i <= WORDS.longestLatinWord ? WORDS.latinWords.get(t.substring(i, e)) : null;
            if (word != null) {
                return set(unit, e, word);
            }
            // O8O, 7l52, II05: a short run of o/l/i glued to digits stands for 0/1.
            if (e - i <= 3 && oli
                    && (touchesDigit(t, i - 1) || touchesDigit(t, e) || inRun)) {
                char v = c == 'o' ? '0' : '1';
                return set(unit, i + 1, v);
            }
        }
        return false;
    }

    /** 「+81」「プラスはちいち」「plus 81」「プラス・エイト・ワン」: an international prefix just before the run. */
    private static boolean precededByPlus(String t, int i) {
        // asked for most digit units (一, ニ...): the char before decides, one read per char
        int p = i - 1;
        char c = 0;
        while (p >= 0 && ((c = t.charAt(p)) == ' ' || c == '(' || c == '・')) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        switch (c) {
            case '+':
                return true;
            case 'ス':
                return t.startsWith("プラス", p - 2);
            case 'ハ':
                return t.startsWith("プラスハ", p - 3);
            case 's':
                return t.startsWith("plus", p - 3);
            default:
                return false;
        }
    }

    /** How far (view chars) the national number may follow a country code said on its own. */
    private static final int COUNTRY_CODE_GAP = 16;

    /** 「国番号81」「国番号プラス八十一」「country code 81」 just before {@code start}. */
    private static boolean countryCodeWordBefore(String t, int start) {
        String before = t.substring(Math.max(0, start - 8), start);
        return before.contains("国番号") || before.contains("country code") || before.contains("国際番号");
    }

    /** 「(81)90-7788-9900」: the country code in brackets, the + left out. */
    private static boolean countryCodeInBrackets(String t, int i) {
        return i > 0 && t.charAt(i - 1) == '(' && t.startsWith("81)", i);
    }

    private static boolean touchesDigit(String t, int i) {
        return i >= 0 && i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    private static boolean set(int[] unit, int end, char value) {
        unit[0] = end;
        unit[1] = value;
        return true;
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FC';
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u3096';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isSeparator(String t, int i) {
        char c = t.charAt(i);
        switch (c) {
            case ' ': case '\t': case '\n': case '\r': case '-': case '.': case ',': case '、': case '・':
            case '/': case '(': case ')': case '[': case ']': case '_': case '|': case 'ノ': case 'ト': case '=':
            case '~': case '→': case '*': case '#': case ':': case '〜': case '+': case '「': case '」': case 'ー':
                return true;
            default:
                if (Character.isSurrogate(c)) {
                    return true; // emoji used as spacers (0🌸7🌸0)
                }
                int type = Character.getType(c);
                return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                        || type == Character.DASH_PUNCTUATION;
        }
    }
}
