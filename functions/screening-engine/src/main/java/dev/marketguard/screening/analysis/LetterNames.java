package dev.marketguard.screening.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Kana names of Latin letters and English digits (resource {@value #RESOURCE}): data, so a newly
 * seen spelling is one line, not a code change.
 */
final class LetterNames {
    static final String RESOURCE = "/marketguard/letter-names.tsv";

    /** A name (katakana) and the char it stands for. */
    record Name(String word, char value) {
        /** Symbols (_ - .) join letters; they never make a run on their own. */
        boolean isSymbol() {
            return !Character.isLetterOrDigit(value);
        }
    }

    /** Names by first katakana char (index c - 0x30A0), longest first so エイチ wins over エイ. */
    private final List<List<Name>> byFirst = new ArrayList<>();
    private final int longestWord;

    private static final LetterNames INSTANCE = load();

    static LetterNames get() {
        return INSTANCE;
    }

    private LetterNames(List<Name> names) {
        int longest = 0;
        for (Name name : names) {
            longest = Math.max(longest, name.word().length());
        }
        this.longestWord = longest;
        for (int c = 0x30A0; c <= 0x30FF; c++) {
            byFirst.add(new ArrayList<>(2));
        }
        for (Name name : names) {
            byFirst.get(name.word().charAt(0) - 0x30A0).add(name);
        }
        for (List<Name> list : byFirst) {
            list.sort(Comparator.comparingInt((Name n) -> n.word().length()).reversed());
        }
    }

    /** First chars of the symbol names (_ - .), in katakana and hiragana. */
    String symbolFirstChars() {
        StringBuilder sb = new StringBuilder();
        for (List<Name> list : byFirst) {
            for (Name name : list) {
                char first = name.word().charAt(0);
                if (name.isSymbol() && sb.indexOf(String.valueOf(first)) < 0) {
                    sb.append(first);
                    if (first >= '\u30A1' && first <= '\u30F6') {
                        sb.append((char) (first - 0x60));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The length of the longest name. */
    int longestWord() {
        return longestWord;
    }

    /** The longest name starting at {@code at} in {@code t} (hiragana read as katakana), or null. */
    Name match(String t, int at) {
        char first = TextNormalizer.toKatakana(t.charAt(at));
        if (first < '\u30A0' || first > '\u30FF') {
            return null;
        }
        for (Name name : byFirst.get(first - 0x30A0)) {
            String w = name.word();
            if (at + w.length() <= t.length() && regionIsKana(t, at, w)) {
                return name;
            }
        }
        return null;
    }

    private static boolean regionIsKana(String t, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (TextNormalizer.toKatakana(t.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static LetterNames load() {
        try (InputStream in = LetterNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Name> names = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[1].length() != 1 || cols[0].chars().anyMatch(c -> c < 0x30A1 || c > 0x30FC)) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
                names.add(new Name(cols[0], cols[1].charAt(0)));
            }
            return new LetterNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
