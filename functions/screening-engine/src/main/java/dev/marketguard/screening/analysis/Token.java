package dev.marketguard.screening.analysis;

/**
 * One Kuromoji token of a normalised field ({@code reading} is reserved; the hot path leaves it null). {@code start}/{@code end} index the normalised text;
 * {@code key} is the lemma folded for matching (katakana, lower case), so rules written as
 * ライン, らいん or LINE meet the same key. {@code keyHash} is {@link #hashOf}{@code (key)}, computed
 * once per word by the analyser: the classifier and the lemma rules look words up by it without
 * reading the key's chars (scattered strings, cold in the cache after Kuromoji has run).
 */
public record Token(String surface, String lemma, String reading, String partOfSpeech, int start, int end, String key,
                    long keyHash) {

    /** 64-bit FNV-1a over the chars of {@code key}. */
    public static long hashOf(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

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
