package dev.marketguard.screening.analysis;

/**
 * One Kuromoji token of a normalised field ({@code reading} is reserved; the hot path leaves it null). {@code start}/{@code end} index the normalised text;
 * {@code key} is the lemma folded for matching (katakana, lower case), so rules written as
 * ライン, らいん or LINE meet the same key.
 */
public record Token(String surface, String lemma, String reading, String partOfSpeech, int start, int end, String key) {

    /** Nouns, verbs, adjectives and adverbs carry meaning; particles and auxiliaries mostly do not. */
    public boolean isContentWord() {
        return partOfSpeech != null && (partOfSpeech.startsWith("名詞") || partOfSpeech.startsWith("動詞")
                || partOfSpeech.startsWith("形容詞") || partOfSpeech.startsWith("副詞")
                || partOfSpeech.startsWith("カスタム"));
    }
}
