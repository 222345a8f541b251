package dev.marketguard.screening.detect;

import dev.marketguard.screening.analysis.NormalizedText;

/**
 * The field as an address reader would see it: 「あっと」「アットマーク」「(at)」「[at]」「atto」 become
 * '@', 「ドット」「(dot)」「dotto」 become '.', 「ジーメール」 becomes gmail, and blanks or line
 * breaks around such words (or around a full-width ＠) are dropped, so that
 * 「kenta.works あっと gmail どっと com」 reads kenta.works@gmail.com. Offsets still map back.
 */
final class AddressView {
    /** The words (resource {@value #RESOURCE}): key, replacement, where ("", "tld", "domain" or "ascii"). */
    static final String RESOURCE = "/marketguard/address-words.tsv";
    private static final String[][] WORDS = loadWords();
    /**
     * Words that by themselves make an address view worth building (an @ word or a spelled
     * provider), found in one pass (a contains() per word rescanned the whole field for each).
     */
    private static final dev.marketguard.screening.analysis.PhraseAutomaton TRIGGERS =
            new dev.marketguard.screening.analysis.PhraseAutomaton(java.util.List.of(triggers()));

    private AddressView() {
    }

    /** Built from the kana-folded view (katakana, lower case). Returns the view itself when nothing applies. */
    static NormalizedText of(NormalizedText folded) {
        String t = folded.text();
        if (!mayContainAddressWords(t)) {
            return folded;
        }
        NormalizedText.Builder b = folded.derive();
        int n = t.length();
        int i = 0;
        boolean glueNext = false;
        Substitution sub = substitution(t);
        while (i < n) {
            if (sub != null && t.startsWith(sub.symbol(), i) && (i < sub.start() || i >= sub.end())) {
                b.append(sub.replacement(), i, i + sub.symbol().length());
                i += sub.symbol().length();
                continue;
            }
            String[] word = wordAt(t, i);
            if (word == null) {
                word = bracketedWordAt(t, i);
            }
            if (word != null) {
                String repl = word[1];
                if (repl.equals("@") || repl.equals(".")) {
                    dropTrailingBlanks(b);
                }
                int len = word[0].length();
                int s = i;
                int e = i + len;
                if (word[0].startsWith(" ")) {
                    s++;
                }
                if (word[0].endsWith(" ")) {
                    e--;
                }
                b.append(repl, s, e);
                i += len;
                glueNext = repl.equals("@") || repl.equals(".");
                continue;
            }
            int kanjiDigits = kanjiDigitsGluedToLatin(t, i);
            if (kanjiDigits > 0) {
                for (int k = i; k < i + kanjiDigits; k++) {
                    b.append(DIGITS.charValue(t.charAt(k)), k, k + 1);
                }
                i += kanjiDigits;
                continue;
            }
            char c = t.charAt(i);
            // 「nozomi.k ＋ アットマーク ＋ outlook.com」: a plus between the pieces only joins them
            if (glueNext && (Character.isWhitespace(c) || c == '+') || c == '+' && joinsAddressWord(t, i)) {
                i++;
                continue;
            }
            glueNext = false;
            b.copy(i);
            i++;
        }
        return b.build();
    }

    private static final DigitWords DIGITS = DigitWords.get();
    /** What after a number makes it a count or a date (「二〇二四年」「A4一枚」), not part of an address. */
    private static final String COUNTERS = "年月日円件個本枚人名回歳台冊部点号";

    /**
     * 「ryota.二〇〇一 ＠ gmail.com」: two or more kanji digits glued to the Latin part of an address
     * are its digits; returns how many chars at {@code i} are such digits, else 0.
     */
    private static int kanjiDigitsGluedToLatin(String t, int i) {
        if (i == 0 || DIGITS.charValue(t.charAt(i)) == 0 || !isAddressChar(t.charAt(i - 1))) {
            return 0;
        }
        int e = i;
        while (e < t.length() && DIGITS.charValue(t.charAt(e)) != 0) {
            e++;
        }
        if (e - i < 2 || e < t.length() && COUNTERS.indexOf(t.charAt(e)) >= 0) {
            return 0;
        }
        return e - i;
    }

    private static boolean isAddressChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '-';
    }

    /** 「■を@に」: a symbol standing for the @ (or a dot), and where the instruction itself is. */
    private record Substitution(String symbol, String replacement, int start, int end) {
    }

    /** 「shiori.w■gmail.com（■を@に）」「★→@」「🌀は@です」: the writer says which symbol to put back. */
    private static final java.util.regex.Pattern SUBSTITUTION = java.util.regex.Pattern.compile(
            "([^\\sa-z0-9\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}()（）「」『』、。,.:：@])\\s*(?:ヲ|ハ|→|⇒|=|->)\\s*(?:半角ノ)?(@|\\.)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static Substitution substitution(String t) {
        java.util.regex.Matcher m = SUBSTITUTION.matcher(t);
        if (!m.find()) {
            return null;
        }
        String symbol = m.group(1);
        int other = t.indexOf(symbol);
        if (other >= m.start()) {
            other = t.indexOf(symbol, m.end());
        }
        return other < 0 ? null : new Substitution(symbol, m.group(2), m.start(), m.end());
    }

    /** Only an @ (or a word for it) or a spelled-out provider makes an address view worth building. */
    private static boolean mayContainAddressWords(String t) {
        if (t.indexOf('@') >= 0) {
            return true;
        }
        // 「my gmail is aiko dot m dot 22」: a provider named plainly, the dots spelled out
        if ((t.contains(" dot ") || t.contains("ドット")) && (t.contains("gmail") || t.contains("yahoo")
                || t.contains("icloud") || t.contains("outlook") || t.contains("hotmail"))) {
            return true;
        }
        boolean[] found = {false};
        TRIGGERS.scan(t, (word, start, end) -> found[0] = true);
        return found[0];
    }

    private static String[][] loadWords() {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (java.io.InputStream in = AddressView.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2 || cols.length > 3 || cols[0].isEmpty() || cols[1].isEmpty()) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
                rows.add(new String[] {cols[0], cols[1], cols.length == 3 ? cols[2] : ""});
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return rows.toArray(new String[0][]);
    }

    private static String[] triggers() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String[] w : WORDS) {
            if (!w[1].equals(".") && !w[2].equals("tld") && !w[2].equals("domain")) {
                out.add(w[0]);
            }
        }
        return out.toArray(new String[0]);
    }

    private static final String FIRST_CHARS = firstChars();

    private static String firstChars() {
        StringBuilder sb = new StringBuilder();
        for (String[] w : WORDS) {
            if (sb.indexOf(w[0].substring(0, 1)) < 0) {
                sb.append(w[0].charAt(0));
            }
        }
        return sb.toString();
    }

    private static final String OPEN = "([{<【「『〔《";
    private static final String CLOSE = ")]}>】」』〕》";

    /**
     * Any bracket pair around an at/dot word, 「(アットマーク)」「【ドット】」「<atto>」: the brackets
     * are part of the disguise, so the whole bracketed word is replaced.
     */
    private static String[] bracketedWordAt(String t, int i) {
        int kind = OPEN.indexOf(t.charAt(i));
        if (kind < 0 || i + 1 >= t.length()) {
            return null;
        }
        String[] inner = wordAt(t, i + 1);
        if (inner == null || inner[0].charAt(0) == ' ' || OPEN.indexOf(inner[0].charAt(0)) >= 0) {
            return null;
        }
        int close = i + 1 + inner[0].length();
        if (close >= t.length() || t.charAt(close) != CLOSE.charAt(kind)
                || !(inner[1].equals("@") || inner[1].equals("."))) {
            return null;
        }
        return new String[] {t.substring(i, close + 1), inner[1]};
    }

    private static String[] wordAt(String t, int i) {
        if (FIRST_CHARS.indexOf(t.charAt(i)) < 0) {
            return null;
        }
        for (String[] w : WORDS) {
            String key = w[0];
            if (!t.startsWith(key, i)) {
                continue;
            }
            boolean ascii = Character.isLetter(key.charAt(0)) && key.charAt(0) < 0x80;
            if (ascii && i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && t.charAt(i - 1) < 0x80) {
                continue; // "atto" inside a word
            }
            if (ascii && Character.isLetter(key.charAt(key.length() - 1))) {
                int after = i + key.length();
                if (after < t.length() && t.charAt(after) < 0x80 && Character.isLetterOrDigit(t.charAt(after))) {
                    continue;
                }
            }
            if (w[2].equals("tld")) {
                // only right after a dot: 「ドット コム」
                int p = i - 1;
                while (p >= 0 && Character.isWhitespace(t.charAt(p))) {
                    p--;
                }
                if (p < 0 || !(t.charAt(p) == '.' || t.startsWith("ドット", Math.max(0, p - 2)))) {
                    continue;
                }
            }
            if (w[2].equals("domain") && !afterAt(t, i)) {
                continue;
            }
            if (w[2].equals("ascii") && !asciiWordsAround(t, i, i + key.length())) {
                continue;
            }
            return w;
        }
        // a full-width ＠ (already folded to @) or an @ on its own line glues its neighbours
        return null;
    }

    /** Right after an @ or a word for it, blanks skipped: 「あっと どこも」. */
    private static boolean afterAt(String t, int i) {
        int p = i;
        // 「（あっと）どこも」: blanks and the closing bracket of a bracketed at-word skipped
        while (p > 0 && (Character.isWhitespace(t.charAt(p - 1)) || CLOSE.indexOf(t.charAt(p - 1)) >= 0)) {
            p--;
        }
        String before = t.substring(Math.max(0, p - 6), p);
        return before.endsWith("@") || before.endsWith("アット") || before.endsWith("アットマーク") || before.endsWith("(at)")
                || before.endsWith("atto") || before.endsWith("atmark");
    }

    /** Latin letters or digits on both sides of [s, e), blanks skipped. */
    private static boolean asciiWordsAround(String t, int s, int e) {
        while (s > 0 && t.charAt(s - 1) == ' ') {
            s--;
        }
        while (e < t.length() && t.charAt(e) == ' ') {
            e++;
        }
        return s > 0 && e < t.length() && isAsciiAlnum(t.charAt(s - 1)) && isAsciiAlnum(t.charAt(e));
    }

    /** A blank-surrounded plus right before a spelled-out @ or dot. */
    private static boolean joinsAddressWord(String t, int i) {
        if (i == 0 || t.charAt(i - 1) != ' ') {
            return false;
        }
        int k = i + 1;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        if (k == i + 1 || k >= t.length()) {
            return false;
        }
        String[] word = wordAt(t, k);
        if (word == null) {
            word = bracketedWordAt(t, k);
        }
        return word != null && (word[1].equals("@") || word[1].equals("."));
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Blanks before a spelled-out @ or dot belong to the obfuscation, not to the address. */
    private static void dropTrailingBlanks(NormalizedText.Builder b) {
        b.trimTrailingBlanks();
    }
}
