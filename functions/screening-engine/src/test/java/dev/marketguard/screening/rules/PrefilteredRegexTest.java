package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefilteredRegexTest {

    @ParameterizedTest(name = "{0} starts with {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            (?<![0-9,.])0[5789]0(?![0-9,.])      => 0
            (?:id|アイディ|ユーザー名)\\s*(?:は|:) => iアユ
            (ab|c(?:d|e))+x                      => ac
            \\(a|b                             => (b
            (?<=[(|)])x|(?<!\\))y              => xy
            """)
    void readsTheStartCharsOffSimpleSources(String regex, String chars) {
        assertThat(PrefilteredRegex.firstChars(regex)).containsExactly(chars.chars().sorted().mapToObj(c -> (char) c).toArray(Character[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a?b", "(?:a|b)*c", "(?:a|)b", "[ab]c", "\\sa", "(?i)ab", "(?=a)b", ".a", "a|\\d", "(?<!x)", "x{0,2}y",
            "(?<name>a)", "^a", "(?:a|b?)c"})
    void givesUpOnAnythingElse(String regex) {
        assertThat(PrefilteredRegex.firstChars(regex)).isNull();
    }

    /** Every regex, prefiltered or not, must find exactly what a plain find() loop finds. */
    @ParameterizedTest
    @ValueSource(strings = {
            "(?<![0-9,.])0[5789]0(?![0-9,.])",
            "(?:id|アイディ|ユーザー名|ユーザーネーム|アカウント名)\\s*(?:は|ハ|:|、|も|モ|=)",
            "(?<=ア)イ+|0",
            "(?:0|i)(?:d|)",
            "i(?=d)|ア(?!イ)",
            "(?<!^)0",
            "(0)\\1",
            "d?i",
            "(?:i|ア)$"})
    void findsWhatFindFinds(String regex) {
        PrefilteredRegex prefiltered = new PrefilteredRegex(regex);
        Pattern plain = Pattern.compile(regex);
        Random random = new Random(regex.hashCode());
        String alphabet = "0578,.idアイディユーザー名は:= x";
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = plain.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            prefiltered.findAll(text, (s, e) -> actual.add(s + "-" + e));
            assertThat(actual).as("%s on '%s'", regex, text).isEqualTo(expected);
        }
    }

    /** A regex whose start chars cannot be read is tried at every position of every field (about 20 ns a char). */
    @Test
    void theRulesetRegexesAreAllPrefiltered() {
        List<String> patterns = new ArrayList<>();
        for (Rule r : RulesetLoader.loadDefault().rules()) {
            patterns.addAll(r.patterns());
            r.near().forEach(c -> patterns.addAll(c.patterns()));
            r.unless().forEach(c -> patterns.addAll(c.patterns()));
        }
        List<String> regexes = patterns.stream().filter(p -> p.startsWith("re:")).toList();
        assertThat(regexes).isNotEmpty();
        for (String p : regexes) {
            assertThat(PrefilteredRegex.firstChars(p.substring(3)))
                    .as("%s: start it with a literal char or a group of literal alternatives", p).isNotNull();
        }
    }
}
