package dev.marketguard.screening.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
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
                    String surface = term.toString();
                    String base = baseForm.getBaseForm();
                    String lemma = base == null ? surface : base;
                    // Readings are not fetched: matching runs on kana-folded text and lemmas, and a
                    // reading lookup per token would cost as much as the rest of the analysis.
                    out.add(new Token(surface, lemma, null, pos.getPartOfSpeech(),
                            offset.startOffset(), offset.endOffset(), foldKey(lemma)));
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
