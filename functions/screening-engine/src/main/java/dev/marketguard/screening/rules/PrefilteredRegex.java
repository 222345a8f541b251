package dev.marketguard.screening.rules;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ruleset regex that is only tried where a match can begin. {@link Matcher#find()} runs the
 * pattern's node tree at every position of the text (about 20 ns a char on the benchmark
 * posting, so the ruleset's two regexes cost more than its whole phrase automaton), while a match
 * of a ruleset regex can only start with one of a few known chars ('0'; 'i', 'ア', 'ユ'). Testing
 * that char first skips nearly every position.
 *
 * <p>Same matches as a {@code find()} loop: candidates are tried left to right with
 * {@link Matcher#lookingAt()} on a region starting there (transparent bounds, so lookbehinds
 * still see the chars before it; no anchoring bounds, so {@code ^} does not match there), and the
 * search resumes at the end of a match (one further after an empty one), as {@code find()} does.
 * When the start chars cannot be read off the source (see {@link #firstChars}), every position
 * is tried, i.e. plain {@code find()}.
 */
final class PrefilteredRegex {
    /** Receives each match. */
    interface Matches {
        void match(int start, int end);
    }

    private final Pattern pattern;
    /** Sorted chars a match can start with; null when unknown. */
    private final char[] firstChars;
    /** Bit {@code c & 63} set for each first char: a clear bit rules a char out in one test. */
    private final long firstBits;
    /**
     * The ASCII first chars as a 128-bit set (chars 0-63, 64-127), and whether any first char is
     * beyond ASCII: a Latin-only start set (the mail-handle rule's a-z) then rules out every
     * Japanese char at once, where {@link #firstBits} lets 26 of 64 through to a loop.
     */
    private final long asciiLow;
    private final long asciiHigh;
    private final boolean nonAsciiFirst;

    PrefilteredRegex(String regex) {
        this.pattern = Pattern.compile(regex);
        this.firstChars = firstChars(regex);
        long bits = 0;
        long low = 0;
        long high = 0;
        boolean nonAscii = false;
        for (char c : firstChars == null ? new char[0] : firstChars) {
            bits |= 1L << (c & 63);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            } else {
                nonAscii = true;
            }
        }
        this.firstBits = bits;
        this.asciiLow = low;
        this.asciiHigh = high;
        this.nonAsciiFirst = nonAscii;
    }

    void findAll(String text, Matches out) {
        Matcher m = pattern.matcher(text);
        if (firstChars == null) {
            while (m.find()) {
                out.match(m.start(), m.end());
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!canStartWith(text.charAt(i))) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                out.match(i, m.end());
                i = m.end() > i ? m.end() : i + 1;
            } else {
                i++;
            }
        }
    }

    private boolean canStartWith(char c) {
        if (c < 128) {
            return ((c < 64 ? asciiLow : asciiHigh) & 1L << (c & 63)) != 0;
        }
        if (!nonAsciiFirst || (firstBits & (1L << (c & 63))) == 0) {
            return false;
        }
        for (char f : firstChars) {
            if (f == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chars a match of {@code regex} can start with, read off its source, or null when the
     * source starts with anything but (after zero-width lookbehinds) a literal char or a group
     * whose every alternative starts with one. Anything unusual (classes, escapes like
     * {@code \s}, flags, optional or repeatable-zero-times first items) gives null: an unknown
     * start set only costs speed, a wrong one would lose matches.
     */
    static char[] firstChars(String regex) {
        Parser p = new Parser(regex);
        TreeSet<Character> chars = p.alternatives();
        if (chars == null || p.pos != regex.length()) {
            return null;
        }
        char[] out = new char[chars.size()];
        int k = 0;
        for (char c : chars) {
            out[k++] = c;
        }
        return out;
    }

    private static final class Parser {
        private final String src;
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        /** {@code alt ('|' alt)*} up to an unmatched ')' or the end; null if any alternative's start is unknown. */
        TreeSet<Character> alternatives() {
            TreeSet<Character> all = new TreeSet<>();
            while (true) {
                TreeSet<Character> first = sequenceStart();
                if (first == null) {
                    return null;
                }
                all.addAll(first);
                skipRestOfAlternative();
                if (pos < src.length() && src.charAt(pos) == '|') {
                    pos++;
                } else {
                    return all;
                }
            }
        }

        /** Start chars of the sequence at {@code pos}: its first item that consumes a char must be mandatory. */
        private TreeSet<Character> sequenceStart() {
            while (src.startsWith("(?<!", pos) || src.startsWith("(?<=", pos)) {
                pos++;
                skipRestOfAlternative(); // the lookbehind's body; it only looks at chars before the match
                if (pos >= src.length() || src.charAt(pos) != ')') {
                    return null;
                }
                pos++;
            }
            if (pos >= src.length()) {
                return null;
            }
            char c = src.charAt(pos);
            TreeSet<Character> first;
            if (c == '(') {
                if (src.startsWith("(?:", pos)) {
                    pos += 3;
                } else if (pos + 1 < src.length() && src.charAt(pos + 1) != '?') {
                    pos += 1; // capturing group
                } else {
                    return null; // flags, lookaround, named groups
                }
                first = alternatives();
                if (first == null || pos >= src.length() || src.charAt(pos) != ')') {
                    return null;
                }
                pos++;
            } else if (c == '\\') {
                if (pos + 1 >= src.length() || Character.isLetterOrDigit(src.charAt(pos + 1))) {
                    return null; // \s, \d, \p{..}, back references...
                }
                first = single(src.charAt(pos + 1));
                pos += 2;
            } else if (".[]{}()*+?^$|".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            } else {
                first = single(c);
                pos++;
            }
            if (pos < src.length() && "?*{".indexOf(src.charAt(pos)) >= 0) {
                return null; // the first item may be absent
            }
            return first;
        }

        /** Moves {@code pos} to the next '|' or unmatched ')' at this nesting level (or the end). */
        private void skipRestOfAlternative() {
            int depth = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    skipClass();
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return;
                }
                pos++;
            }
        }

        /** Skips a character class (which may nest, and whose ']' right after '[' or '[^' is literal). */
        private void skipClass() {
            int depth = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    pos++;
                    if (pos < src.length() && src.charAt(pos) == '^') {
                        pos++;
                    }
                    if (pos < src.length() && src.charAt(pos) == ']') {
                        pos++;
                    }
                    continue;
                }
                pos++;
                if (c == ']' && --depth == 0) {
                    return;
                }
            }
        }

        private static TreeSet<Character> single(char c) {
            TreeSet<Character> s = new TreeSet<>();
            s.add(c);
            return s;
        }
    }
}
