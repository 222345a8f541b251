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
            Token prev = null;
            for (Token t : fields.get(f).tokens()) {
                if (isNoise(t)) {
                    prev = null;
                    continue;
                }
                if (t.isContentWord() && !isNumber(t)) {
                    v.add(combine(WORD, t.keyHash()), f, t.start(), t.end());
                }
                if (prev != null) {
                    v.add(combine(combine(BIGRAM, prev.keyHash()), t.keyHash()), f, prev.start(), t.end());
                }
                prev = t;
            }
        }
        return v;
    }

    /*
     * A feature's hash is built from its words' key hashes (Token#keyHash), not from its name's
     * chars: the screening path then never reads a key's chars. Names are "w:" + key and
     * "b:" + key + "|" + key (keys hold no '|': symbols are not features).
     */
    private static final long WORD = 0x77a1c3e5f2d4b697L;
    private static final long BIGRAM = 0x62e4d1b3a5c7f908L;

    /** The hash {@link #extractHashed} gives the feature named {@code feature} (a name {@link #extract} makes). */
    public static long hash(String feature) {
        if (feature.startsWith("w:")) {
            return combine(WORD, Token.hashOf(feature.substring(2)));
        }
        int bar = feature.indexOf('|');
        if (feature.startsWith("b:") && bar > 1) {
            return combine(combine(BIGRAM, Token.hashOf(feature.substring(2, bar))), Token.hashOf(feature.substring(bar + 1)));
        }
        throw new IllegalArgumentException("not a feature name: " + feature);
    }

    /** Mixes {@code x} into {@code h} (order matters: a|b and b|a differ); MurmurHash3's 64-bit finaliser. */
    private static long combine(long h, long x) {
        long z = h * 0x9E3779B97F4A7C15L + x;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
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
