package dev.marketguard.screening.classify;

import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bag of Kuromoji features for the classifier: content-word lemmas ("w:紹介") and lemma bigrams
 * over all non-symbol tokens ("b:直接|取引"), so conjugations share a feature and short phrases
 * keep some order. Each feature remembers one normalised span, for evidence.
 */
public final class FeatureExtractor {

    /** Feature -> [fieldIndex, start, end] of its first occurrence (normalised offsets). */
    public Map<String, int[]> extract(List<AnalyzedField> fields) {
        Map<String, int[]> features = new LinkedHashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            List<Token> tokens = fields.get(f).tokens();
            Token prev = null;
            for (Token t : tokens) {
                if (isNoise(t)) {
                    prev = null;
                    continue;
                }
                if (t.isContentWord() && !isNumber(t)) {
                    features.putIfAbsent("w:" + t.key(), new int[] {f, t.start(), t.end()});
                }
                if (prev != null) {
                    features.putIfAbsent("b:" + prev.key() + "|" + t.key(), new int[] {f, prev.start(), t.end()});
                }
                prev = t;
            }
        }
        return features;
    }

    /** The same features as {@link #extract}, hashed on the fly (no strings). */
    public FeatureVector extractHashed(List<AnalyzedField> fields) {
        int tokens = 0;
        for (AnalyzedField f : fields) {
            tokens += f.tokens().size();
        }
        return extractHashed(fields, new FeatureVector(tokens * 2 + 8));
    }

    /**
     * As {@link #extractHashed(List)}, into {@code v} (emptied first): the screening path reuses
     * one vector per thread, as its tables are a large part of a screening's garbage otherwise.
     */
    public FeatureVector extractHashed(List<AnalyzedField> fields, FeatureVector v) {
        v.clear();
        for (int f = 0; f < fields.size(); f++) {
            addHashed(fields.get(f).tokens(), f, 0, fields.get(f).tokens().size(), v);
        }
        return v;
    }

    /** The features of tokens {@code [from, to)} of one field alone, into {@code v} (emptied first): a passage read as a document. */
    public FeatureVector extractHashed(List<Token> tokens, int field, int from, int to, FeatureVector v) {
        v.clear();
        addHashed(tokens, field, from, to, v);
        return v;
    }

    private static void addHashed(List<Token> tokens, int field, int from, int to, FeatureVector v) {
        Token prev = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (isNoise(t)) {
                prev = null;
                continue;
            }
            if (t.isContentWord() && !isNumber(t)) {
                v.add(mix(mix(mix(OFFSET, 'w'), ':'), t.key()), field, t.start(), t.end());
            }
            if (prev != null) {
                long h = mix(mix(mix(mix(OFFSET, 'b'), ':'), prev.key()), '|');
                v.add(mix(h, t.key()), field, prev.start(), t.end());
            }
            prev = t;
        }
    }

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** FNV-1a over UTF-16 chars; {@code hash("w:" + key)} equals the incremental hash above. */
    public static long hash(String feature) {
        return mix(OFFSET, feature);
    }

    private static long mix(long h, char c) {
        return (h ^ c) * PRIME;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    private static boolean isNoise(Token t) {
        String pos = t.partOfSpeech();
        return pos != null && pos.startsWith("記号");
    }

    private static boolean isNumber(Token t) {
        String pos = t.partOfSpeech();
        return pos != null && pos.startsWith("名詞-数");
    }
}
