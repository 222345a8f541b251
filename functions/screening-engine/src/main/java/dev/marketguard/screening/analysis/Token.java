package dev.marketguard.screening.analysis;

/**
 * One Kuromoji token of a normalised field ({@code reading} is reserved; the hot path leaves it null). {@code start}/{@code end} index the normalised text;
 * {@code key} is the lemma folded for matching (katakana, lower case), so rules written as
 * ライン, らいん or LINE meet the same key.
 */
public record Token(String surface, String lemma, String reading, String partOfSpeech, int start, int end, String key) {

    /** Nouns, verbs, adjectives and adverbs carry meaning; particles and auxiliaries mostly do not. */
    public boolean isContentWord() {
        // one switch on the first char instead of five startsWith per token (the classifier asks for every token)
        if (partOfSpeech == null || partOfSpeech.length() < 2) {
            return false;
        }
        return switch (partOfSpeech.charAt(0)) {
            case '名', '動', '副' -> partOfSpeech.charAt(1) == '詞';
            case '形' -> partOfSpeech.startsWith("形容詞");
            case 'カ' -> partOfSpeech.startsWith("カスタム");
            default -> false;
        };
    }
}
