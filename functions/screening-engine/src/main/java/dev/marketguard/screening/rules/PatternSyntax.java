package dev.marketguard.screening.rules;

import dev.marketguard.screening.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase pattern language of the ruleset, compiled to plain literals so that one
 * {@code PhraseAutomaton} pass finds them all (no per-pattern regex scans):
 * <ul>
 *   <li>{@code (a|b|c)} alternatives, {@code (…)?} optional, nesting allowed, {@code \(} a literal paren;</li>
 *   <li>{@code A <N> B}: B starts at most N characters after A ends (a gap, e.g. 「テスト <15> 無償」);</li>
 *   <li>{@code #}: any number (digit runs are squeezed to one symbol before matching), {@code \#} a literal '#'.</li>
 * </ul>
 * Literals are folded like the text (katakana, NFKC, lower case), so spelling variants meet.
 */
final class PatternSyntax {
    static final int MAX_EXPANSIONS = 10000;
    /** Stands for one whole number (1,500 / 3.5 / 10) in the matching view and in patterns ({@code #}). */
    static final char NUMBER = '\uE000';
    /** A number that is all zeros (「0円」「報酬0」) stays distinguishable: it means "nothing". */
    static final char ZERO = '\uE001';
    private static final Pattern GAP = Pattern.compile("\\s*<(\\d+)>\\s*");

    /** A pattern split at its gaps: literal alternatives for each part, and the allowed gaps between parts. */
    record Chain(List<List<String>> parts, int[] gaps) {
    }

    private PatternSyntax() {
    }

    static Chain parse(String pattern) {
        List<List<String>> parts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        Matcher m = GAP.matcher(pattern);
        int last = 0;
        while (m.find()) {
            parts.add(expand(pattern.substring(last, m.start()), pattern));
            gaps.add(Integer.parseInt(m.group(1)));
            last = m.end();
        }
        parts.add(expand(pattern.substring(last), pattern));
        return new Chain(parts, Ints.toArray(gaps));
    }

    static List<String> expand(String source, String whole) {
        int[] pos = {0};
        List<String> out = new ArrayList<>(sequence(source, pos, whole));
        while (pos[0] < source.length() && source.charAt(pos[0]) == '|') {
            pos[0]++;
            out.addAll(sequence(source, pos, whole));
        }
        if (pos[0] != source.length()) {
            throw new IllegalArgumentException("unbalanced ')' in pattern: " + whole);
        }
        Set<String> folded = new LinkedHashSet<>();
        for (String s : out) {
            if (!s.isEmpty()) {
                folded.add(s); // atoms were folded while parsing
            }
        }
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("pattern matches only the empty string: " + whole);
        }
        return new ArrayList<>(folded);
    }

    private static List<String> sequence(String s, int[] pos, String whole) {
        List<String> acc = new ArrayList<>(List.of(""));
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == '|' || c == ')') {
                break;
            }
            List<String> atom;
            if (c == '(') {
                pos[0]++;
                atom = new ArrayList<>();
                while (true) {
                    atom.addAll(sequence(s, pos, whole));
                    if (pos[0] >= s.length()) {
                        throw new IllegalArgumentException("unclosed '(' in pattern: " + whole);
                    }
                    char d = s.charAt(pos[0]++);
                    if (d == ')') {
                        break;
                    }
                }
                if (pos[0] < s.length() && s.charAt(pos[0]) == '?') {
                    pos[0]++;
                    atom.add("");
                }
            } else if (c == '#') {
                atom = List.of(String.valueOf(NUMBER));
                pos[0]++;
            } else if (c == '\\' && pos[0] + 1 < s.length()) {
                atom = List.of(TextNormalizer.foldChar(s.charAt(pos[0] + 1)));
                pos[0] += 2;
            } else if (c >= '0' && c <= '9') {
                // a number written in a pattern matches any number (zeros stay "nothing")
                boolean zeros = true;
                while (pos[0] < s.length() && s.charAt(pos[0]) >= '0' && s.charAt(pos[0]) <= '9') {
                    zeros &= s.charAt(pos[0]) == '0';
                    pos[0]++;
                }
                atom = List.of(String.valueOf(zeros ? ZERO : NUMBER));
            } else {
                atom = List.of(TextNormalizer.foldChar(c));
                pos[0]++;
            }
            List<String> next = new ArrayList<>(acc.size() * atom.size());
            for (String a : acc) {
                for (String b : atom) {
                    next.add(a + b);
                }
            }
            if (next.size() > MAX_EXPANSIONS) {
                throw new IllegalArgumentException("pattern expands to too many phrases: " + whole);
            }
            acc = next;
        }
        return acc;
    }
}
