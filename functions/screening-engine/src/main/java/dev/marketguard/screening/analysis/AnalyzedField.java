package dev.marketguard.screening.analysis;

import java.util.List;

/**
 * A field analysed once and shared by every detector: the normalised view (for the tokenizer
 * and regexes), the kana-folded view (for phrase matching, same offsets) and the tokens.
 */
public record AnalyzedField(String name, NormalizedText normalized, NormalizedText folded, List<Token> tokens) {

    public String original() {
        return normalized.original();
    }
}
