package dev.marketguard.screening.detect;

import dev.marketguard.screening.analysis.NormalizedText;

/**
 * The field as an address reader would see it: 「あっと」「アットマーク」「(at)」「[at]」「atto」 become
 * '@', 「ドット」「(dot)」「dotto」 become '.', 「ジーメール」 becomes gmail, and blanks or line
 * breaks around such words (or around a full-width ＠) are dropped, so that
 * 「kenta.works あっと gmail どっと com」 reads kenta.works@gmail.com. Offsets still map back.
 */
final class AddressView {
    private static final String[][] WORDS = {
        {"(atto)", "@"}, {"[atto]", "@"}, {"(dotto)", "."}, {"[dotto]", "."}, {"(ドット)", "."}, {"[アット]", "@"},
        {"[ドット]", "."}, {"アットマーク", "@"}, {"@マーク", "@"}, {"(アット)", "@"}, {"アット", "@"}, {"(at)", "@"}, {"[at]", "@"},
        {"{at}", "@"}, {"<at>", "@"}, {"(@)", "@"}, {"atmark", "@"}, {"atto", "@"}, {" at ", "@"},
        {"ドット", "."}, {"(dot)", "."}, {"[dot]", "."}, {"{dot}", "."}, {"<dot>", "."}, {"dotto", "."},
        {" dot ", "."}, {"ピリオド", "."},
        {"ジーメール", "gmail"}, {"gメール", "gmail"}, {"グーグルメール", "gmail"}, {"ヤフーメール", "yahoo.co.jp"},
        {"コム", "com"}, {"ジェーピー", "jp"},
    };

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
        while (i < n) {
            String[] word = wordAt(t, i);
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
            char c = t.charAt(i);
            if (glueNext && Character.isWhitespace(c)) {
                i++;
                continue;
            }
            glueNext = false;
            b.copy(i);
            i++;
        }
        return b.build();
    }

    /** Only an @ (or a word for it) or a spelled-out provider makes an address view worth building. */
    private static boolean mayContainAddressWords(String t) {
        return t.indexOf('@') >= 0 || t.contains("アット") || t.contains("(at)") || t.contains("[at]")
                || t.contains(" at ") || t.contains("atto") || t.contains("atmark") || t.contains("{at}")
                || t.contains("<at>") || t.contains("ジーメール") || t.contains("gメール") || t.contains("グーグルメール");
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
            if (key.equals("コム") || key.equals("ジェーピー")) {
                // only right after a dot: 「ドット コム」
                int p = i - 1;
                while (p >= 0 && Character.isWhitespace(t.charAt(p))) {
                    p--;
                }
                if (p < 0 || !(t.charAt(p) == '.' || t.startsWith("ドット", Math.max(0, p - 2)))) {
                    continue;
                }
            }
            if ((key.equals(" at ") || key.equals(" dot ")) && !asciiWordsAround(t, i, i + key.length())) {
                continue;
            }
            return w;
        }
        // a full-width ＠ (already folded to @) or an @ on its own line glues its neighbours
        return null;
    }

    private static boolean asciiWordsAround(String t, int s, int e) {
        return s > 0 && e < t.length() && isAsciiAlnum(t.charAt(s - 1)) && isAsciiAlnum(t.charAt(e));
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Blanks before a spelled-out @ or dot belong to the obfuscation, not to the address. */
    private static void dropTrailingBlanks(NormalizedText.Builder b) {
        b.trimTrailingBlanks();
    }
}
