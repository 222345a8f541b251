package dev.marketguard.screening.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.UnknownDictionary;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis chain: {@link TextNormalizer} (a char filter with an offset map) then Lucene's
 * Kuromoji tokenizer with the domain user dictionary, yielding base forms and parts of
 * speech. Each field is tokenised exactly once; detectors share the result. Tokenizers are not
 * thread-safe, so each thread reuses its own.
 */
public final class JapaneseAnalyzer {
    public static final String USER_DICTIONARY = "/marketguard/userdict.txt";

    private final TextNormalizer normalizer = new TextNormalizer();
    private final UserDictionary userDictionary;
    private final ThreadLocal<TokenizerHolder> tokenizers;

    public JapaneseAnalyzer() {
        this.userDictionary = loadUserDictionary();
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerHolder(userDictionary));
    }

    /**
     * Loads Kuromoji's system dictionary (its word FST, ~290 ms with C1: the longest step of a cold
     * start) on the calling thread, before anything else asks for it.
     */
    public static void loadSystemDictionary() {
        TokenInfoDictionary.getInstance();
        UnknownDictionary.getInstance();
    }

    /**
     * Loads Kuromoji's connection-cost matrix (~90 ms with C1) on the calling thread: a cold start
     * loads it here while another thread loads the system dictionary, instead of one after the
     * other on first tokenise.
     */
    public static void loadConnectionCosts() {
        ConnectionCosts.getInstance();
    }

    public AnalyzedField analyze(String fieldName, String original) {
        NormalizedText normalized = normalizer.normalize(original == null ? "" : original);
        NormalizedText folded = TextNormalizer.kanaFolded(normalized);
        List<Token> tokens = tokenize(normalized.text());
        return new AnalyzedField(fieldName, normalized, folded, tokens);
    }

    /** Tokenises already-normalised text. */
    public List<Token> tokenize(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return tokenizers.get().tokenize(text);
    }

    private static UserDictionary loadUserDictionary() {
        try (InputStream in = JapaneseAnalyzer.class.getResourceAsStream(USER_DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + USER_DICTIONARY);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return UserDictionary.open(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read user dictionary", e);
        }
    }

    private static final class TokenizerHolder {
        private final JapaneseTokenizer tokenizer;
        private final CharTermAttribute term;
        private final OffsetAttribute offset;
        private final BaseFormAttribute baseForm;
        private final PartOfSpeechAttribute pos;
        private final WordTable words = new WordTable();

        TokenizerHolder(UserDictionary dictionary) {
            tokenizer = new JapaneseTokenizer(dictionary, true, JapaneseTokenizer.Mode.SEARCH);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
            baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        }

        List<Token> tokenize(String text) {
            List<Token> out = new ArrayList<>(text.length() / 2 + 4);
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    int s = words.slot(term.buffer(), term.length());
                    String surface = words.text(s);
                    String base = baseForm.getBaseForm();
                    int l = base == null ? s : words.slot(base);
                    // Readings are not fetched: matching runs on kana-folded text and lemmas, and a
                    // reading lookup per token would cost as much as the rest of the analysis.
                    out.add(new Token(surface, words.text(l), null, pos.getPartOfSpeech(),
                            offset.startOffset(), offset.endOffset(), words.key(l)));
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException ignored) {
                    // a StringReader cannot fail to close
                }
            }
            return out;
        }
    }

    /**
     * The strings of recent tokens with their match keys, per thread. Most tokens of a posting are
     * words seen a moment ago (の, を, する, ください, 記事...), so a hit hands back the same
     * surface and key strings instead of allocating both, and their cached String hash codes
     * serve the lemma lookups. Fixed size: a new word simply replaces the one in its slot.
     */
    private static final class WordTable {
        private static final int SIZE = 4096;
        private final String[] texts = new String[SIZE];
        /** Each slot's text as chars, compared against the tokenizer's term buffer. */
        private final char[][] chars = new char[SIZE][];
        private final String[] keys = new String[SIZE];

        /** The slot now holding {@code chars[0, length)}. */
        int slot(char[] term, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + term[i];
            }
            int slot = spread(h);
            char[] c = chars[slot];
            if (c == null || !Arrays.equals(c, 0, c.length, term, 0, length)) {
                store(slot, new String(term, 0, length));
            }
            return slot;
        }

        /** The slot now holding {@code text} (an equal string already there is kept). */
        int slot(String text) {
            int slot = spread(text.hashCode());
            if (!text.equals(texts[slot])) {
                store(slot, text);
            }
            return slot;
        }

        String text(int slot) {
            return texts[slot];
        }

        String key(int slot) {
            return keys[slot];
        }

        private void store(int slot, String text) {
            texts[slot] = text;
            chars[slot] = text.toCharArray();
            keys[slot] = foldKey(text);
        }

        private static int spread(int h) {
            return (h ^ (h >>> 16)) & (SIZE - 1);
        }
    }

    private static String foldKey(String lemma) {
        StringBuilder sb = null;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            char f = TextNormalizer.toKatakana(c);
            if (c >= 'A' && c <= 'Z') {
                f = (char) (c + 32);
            }
            if (f != c && sb == null) {
                sb = new StringBuilder(lemma.substring(0, i));
            }
            if (sb != null) {
                sb.append(f);
            }
        }
        return sb == null ? lemma : sb.toString();
    }

    public static String matchKey(String lemma) {
        return foldKey(lemma);
    }
}
