package dev.marketguard.screening.classify;

import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.Token;
import java.util.List;

/**
 * The classifier's reading of passages, not only of whole documents. Scored as one document, a
 * long and ordinary posting dilutes the one passage that asks for the violation (the model
 * scales each feature by 1/sqrt(n)), and abusers who know a classifier reads the text write
 * exactly that: two screens of real work with one mild sentence in the middle. So each field is
 * also read two sentences at a time, each pair as a document of its own; where the document as a
 * whole leans towards a category ({@link #DOCUMENT_LEANS}) and one passage reads as it
 * ({@link #PASSAGE_READS}), that passage's probability is the classifier's for the category. The
 * lean keeps a passage from speaking for a text that as a whole says otherwise: passages alone,
 * at any threshold, flagged ordinary texts by the dozen (engine README, "Decisions written down
 * here").
 */
public final class PassageReading {
    static final double DOCUMENT_LEANS = 0.2;
    static final double PASSAGE_READS = 0.85;

    private final LinearModel model;
    private final FeatureExtractor features;

    public PassageReading(LinearModel model, FeatureExtractor features) {
        this.model = model;
        this.features = features;
    }

    /**
     * The document's probabilities with passages read: {@code document} itself when no category
     * leans (most texts: no passage is scored), else a copy raised where a passage reads as the
     * category. {@code scratch} is refilled for every passage.
     */
    public double[] apply(List<AnalyzedField> fields, double[] document, FeatureVector scratch) {
        if (!anyLeans(document)) {
            return document;
        }
        double[] passage = new double[document.length];
        for (int f = 0; f < fields.size(); f++) {
            List<Token> tokens = fields.get(f).tokens();
            int[] sentenceStarts = sentenceStarts(fields.get(f).normalized().text(), tokens);
            for (int s = 0; s + 2 < sentenceStarts.length; s++) {
                double[] p = model.predict(features.extractHashed(tokens, f, sentenceStarts[s], sentenceStarts[s + 2], scratch));
                for (int c = 0; c < p.length; c++) {
                    passage[c] = Math.max(passage[c], p[c]);
                }
            }
        }
        double[] read = document.clone();
        for (int c = 0; c < read.length; c++) {
            if (document[c] >= DOCUMENT_LEANS && passage[c] >= PASSAGE_READS) {
                read[c] = Math.max(document[c], passage[c]);
            }
        }
        return read;
    }

    private static boolean anyLeans(double[] document) {
        for (double p : document) {
            if (p >= DOCUMENT_LEANS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first token of each sentence that has tokens, then {@code tokens.size()}. A
     * sentence ends at 。, ! or ? (any width) or a line break; Kuromoji drops the punctuation
     * itself, so the text between two tokens tells.
     */
    static int[] sentenceStarts(String text, List<Token> tokens) {
        int[] starts = new int[tokens.size() + 1];
        int count = 0;
        int previousEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (previousEnd < 0 || endsSentence(text, previousEnd, t.start())) {
                starts[count++] = i;
            }
            previousEnd = t.end();
        }
        starts[count++] = tokens.size();
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
