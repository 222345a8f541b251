package dev.marketguard.screening.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automaton against a brute-force search: every occurrence of every phrase, reported at its
 * end, longest phrase first, equal phrases in phrase order (the order rule hits are recorded in),
 * for phrase lists in any order and for sorted distinct ones (whose indexes are the ranks).
 */
class PhraseAutomatonTest {
    private static final char NUMBER = '\uE000';
    private static final char ZERO = '\uE001';

    @Test
    void findsEveryOccurrenceInOrder() {
        PhraseAutomaton a = new PhraseAutomaton(List.of("he", "she", "his", "hers", "e", "she", "ア", "アイ", "イア"));
        assertThat(hits(a, "ushers アイアイ", false)).containsExactly(
                "1:1-4", "5:1-4", "0:2-4", "4:3-4", "3:2-6", "6:7-8", "7:7-9", "8:8-10", "6:9-10", "7:9-11");
    }

    @Test
    void readsEachNumberAsOneSymbol() {
        PhraseAutomaton a = new PhraseAutomaton(List.of(NUMBER + "円", ZERO + "円", "報酬" + NUMBER));
        assertThat(hits(a, "報酬1,500円、0円、報酬07", true)).containsExactly("2:0-7", "0:2-8", "1:9-11", "2:12-16");
    }

    @Test
    void agreesWithBruteForceOnRandomPhrasesAndTexts() {
        Random random = new Random(20261128);
        String alphabet = "abアイウ01,.";
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (int p = 0; p < count; p++) {
                String phrase = randomString(random, alphabet + NUMBER + ZERO, 1 + random.nextInt(5));
                phrases.add(random.nextInt(10) == 0 && p > 0 ? phrases.get(random.nextInt(p)) : phrase);
            }
            PhraseAutomaton a = new PhraseAutomaton(phrases);
            // sorted and distinct, a phrase's index is its rank (the path RuleMatcher takes)
            List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(phrases));
            PhraseAutomaton ranked = new PhraseAutomaton(sorted);
            for (int t = 0; t < 20; t++) {
                String text = randomString(random, alphabet, random.nextInt(40));
                assertThat(hits(a, text, false)).as("%s in '%s'", phrases, text).isEqualTo(bruteForce(phrases, text, false));
                assertThat(hits(a, text, true)).as("%s in squeezed '%s'", phrases, text).isEqualTo(bruteForce(phrases, text, true));
                assertThat(hits(ranked, text, true)).as("%s in squeezed '%s'", sorted, text).isEqualTo(bruteForce(sorted, text, true));
            }
        }
    }

    private static List<String> hits(PhraseAutomaton a, String text, boolean squeezed) {
        List<String> out = new ArrayList<>();
        PhraseAutomaton.Hits h = (p, s, e) -> out.add(p + ":" + s + "-" + e);
        if (squeezed) {
            a.scanNumbersSqueezed(text, NUMBER, ZERO, h);
        } else {
            a.scan(text, h);
        }
        return out;
    }

    /** Symbols of the text (a digit run with inner ',' or '.' is one), with each symbol's start offset. */
    private static List<String> bruteForce(List<String> phrases, String text, boolean squeezed) {
        StringBuilder symbols = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            starts.add(i);
            char c = text.charAt(i);
            int j = i + 1;
            if (squeezed && Character.isDigit(c)) {
                while (j < text.length() && (Character.isDigit(text.charAt(j))
                        || ",.".indexOf(text.charAt(j)) >= 0 && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1)))) {
                    j++;
                }
                c = text.substring(i, j).replaceAll("[,.]", "").matches("0+") ? ZERO : NUMBER;
            }
            symbols.append(c);
            i = j;
        }
        starts.add(text.length());
        List<String> out = new ArrayList<>();
        for (int end = 1; end <= symbols.length(); end++) {
            for (int length = end; length >= 1; length--) {
                for (int p = 0; p < phrases.size(); p++) {
                    String phrase = phrases.get(p);
                    if (phrase.length() == length && symbols.substring(end - length, end).equals(phrase)) {
                        out.add(p + ":" + starts.get(end - length) + "-" + starts.get(end));
                    }
                }
            }
        }
        return out;
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
