package dev.marketguard.core.screening;

/**
 * Where a finding was seen: {@code start}/{@code end} are Java string indexes into the ORIGINAL
 * text of {@code field}, and {@code text} equals that substring.
 */
public record Evidence(String field, int start, int end, String text) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("evidence text does not match its span");
        }
    }

    public static Evidence of(String field, String original, int start, int end) {
        return new Evidence(field, start, end, original.substring(start, end));
    }
}
