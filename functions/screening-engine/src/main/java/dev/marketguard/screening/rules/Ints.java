package dev.marketguard.screening.rules;

import java.util.List;

/** int[] from a list without the stream machinery (start-up time matters for a one-shot CLI). */
public final class Ints {
    private Ints() {
    }

    public static int[] toArray(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
