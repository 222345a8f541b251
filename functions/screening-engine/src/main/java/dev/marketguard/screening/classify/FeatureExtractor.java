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

    private static boolean isNoise(Token t) {
        String pos = t.partOfSpeech();
        return pos != null && pos.startsWith("記号");
    }

    private static boolean isNumber(Token t) {
        String pos = t.partOfSpeech();
        return pos != null && pos.startsWith("名詞-数");
    }
}
