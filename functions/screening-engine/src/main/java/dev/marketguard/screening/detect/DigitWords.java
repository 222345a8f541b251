package dev.marketguard.screening.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways one digit is written (resource {@value #RESOURCE}): katakana readings, Latin words
 * (romaji, English) and single chars (kanji, daiji, zero shapes). Data, so a newly seen spelling
 * is one line, not a code change.
 */
final class DigitWords {
    static final String RESOURCE = "/marketguard/digit-words.tsv";
    /** The value column of a word for "ten", which joins the digit before it and the one after. */
    static final String TENS = "x10";

    /** Katakana words by first char (index c - 0x30A0), longest first so ヨン wins over ヨ and キュウ over キュ. */
    private final List<List<String>> kanaWordsByFirst = new ArrayList<>();
    final Map<String, Character> kanaValues = new HashMap<>();
    final Map<String, Character> latinWords = new HashMap<>();
    private final char[] charValues = new char[0x10000];
    /** First chars of every unit that can read as 0 (words, single chars, the letter o): see {@link #mayStartZero}. */
    private final BitSet zeroFirst = new BitSet(0x10000);
    /** First chars of the katakana words, as a bit set. */
    private final BitSet kanaFirst = new BitSet(0x10000);
    /** Which chars have a value: asked for every char of a field, so an 8 KB bit set answers, not the 128 KB table. */
    private final BitSet hasCharValue = new BitSet(0x10000);
    /** Words for "ten" (ジュウ, 十, 拾) that read two digits as one number (キュウジュウハチ = 98), longest first. */
    private final List<String> tensWords = new ArrayList<>();
    /** First chars of Latin words: a cheap test before trying the words. */
    final String latinFirstChars;
    /** Longer Latin words cannot be digit words: no lookup (and no substring) for them. */
    final int longestLatinWord;

    private static final DigitWords INSTANCE = load();

    static DigitWords get() {
        return INSTANCE;
    }

    /** Katakana digit words starting with {@code c} (a katakana char), longest first. */
    List<String> kanaWordsStartingWith(char c) {
        return kanaWordsByFirst.get(c - 0x30A0);
    }

    /** The end of a word for "ten" starting at {@code i}, or -1. */
    int tensWordEnd(String t, int i) {
        for (String word : tensWords) {
            if (t.startsWith(word, i)) {
                return i + word.length();
            }
        }
        return -1;
    }

    /**
     * Whether a digit unit reading as 0 may start with {@code c} (a superset: a false true only costs
     * a look). Every phone number opens with 0, so this rules out most chars before any word lookup.
     */
    boolean mayStartZero(char c) {
        return zeroFirst.get(c);
    }

    boolean isKanaFirst(char c) {
        return kanaFirst.get(c);
    }

    /** The digit a single char stands for, or 0. */
    char charValue(char c) {
        return hasCharValue.get(c) ? charValues[c] : 0;
    }

    private DigitWords(List<String[]> rows) {
        for (int c = 0x30A0; c <= 0x30FF; c++) {
            kanaWordsByFirst.add(new ArrayList<>(2));
        }
        StringBuilder latinFirst = new StringBuilder();
        for (String[] row : rows) {
            String word = row[0];
            if (row[1].equals(TENS)) {
                tensWords.add(word);
                continue;
            }
            char digit = row[1].charAt(0);
            char first = word.charAt(0);
            if (digit == '0') {
                zeroFirst.set(first);
            }
            if (first >= 'a' && first <= 'z') {
                latinWords.put(word, digit);
                appendOnce(latinFirst, first);
            } else if (first >= '\u30A1' && first <= '\u30FC') {
                kanaWordsByFirst.get(first - 0x30A0).add(word);
                kanaValues.put(word, digit);
                kanaFirst.set(first);
            } else if (word.length() == 1) {
                charValues[first] = digit;
                hasCharValue.set(first);
            } else {
                throw new IllegalStateException("digit word neither katakana, Latin nor one char: " + word);
            }
        }
        tensWords.sort(Comparator.comparingInt(String::length).reversed());
        for (List<String> words : kanaWordsByFirst) {
            words.sort(Comparator.comparingInt(String::length).reversed());
        }
        for (char c : new char[] {'0', 'o'}) { // the digit itself; o standing in for 0 (O8O)
            zeroFirst.set(c);
        }
        longestLatinWord = latinWords.keySet().stream().mapToInt(String::length).max().orElse(0);
        latinFirstChars = latinFirst.toString();
    }

    private static void appendOnce(StringBuilder sb, char c) {
        if (sb.indexOf(String.valueOf(c)) < 0) {
            sb.append(c);
        }
    }

    private static DigitWords load() {
        try (InputStream in = DigitWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                boolean tens = cols.length == 2 && cols[1].equals(TENS);
                if (cols.length != 2 || !tens && (cols[1].length() != 1 || !Character.isDigit(cols[1].charAt(0)))) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
                rows.add(cols);
            }
            return new DigitWords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
