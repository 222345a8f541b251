package dev.marketguard.screening.analysis;

import java.util.Arrays;

/**
 * A normalised view of an original field text plus, for every normalised char, the span of the
 * ORIGINAL text it came from. Views derive from views (folding, address words, digit words),
 * and every derived index still maps straight back to the original, so evidence never drifts.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The identity view of {@code original}. */
    public static NormalizedText identity(String original) {
        return new NormalizedText(original, original, null, null);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    public int originalStart(int index) {
        return starts == null ? index : starts[index];
    }

    public int originalEnd(int index) {
        return ends == null ? index + 1 : ends[index];
    }

    /** Original [start, end) covering normalised [start, end); empty spans map to an empty original span. */
    public int[] toOriginal(int start, int end) {
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        if (end <= start) {
            int at = start < text.length() ? originalStart(start) : original.length();
            return new int[] {at, at};
        }
        // views are built left to right, so starts and ends never decrease
        return new int[] {originalStart(start), originalEnd(end - 1)};
    }

    /**
     * A same-length view (each char replaced by one char) sharing this view's offset map, e.g.
     * hiragana folded to katakana: no per-char map copying.
     */
    public NormalizedText sameLength(String replaced) {
        if (replaced.length() != text.length()) {
            throw new IllegalArgumentException("same-length view expected");
        }
        return new NormalizedText(original, replaced, starts, ends);
    }

    /** This view without the chars marked in {@code drop} (same length as the text): one pass, no builder. */
    public NormalizedText without(boolean[] drop) {
        int n = text.length();
        char[] chars = new char[n];
        int[] s = new int[n];
        int[] e = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                chars[m] = text.charAt(i);
                s[m] = originalStart(i);
                e[m] = originalEnd(i);
                m++;
            }
        }
        if (m == n) {
            return this;
        }
        return new NormalizedText(original, new String(chars, 0, m), Arrays.copyOf(s, m), Arrays.copyOf(e, m));
    }

    /** Starts a view derived from this one; indexes given to the builder are indexes into THIS view. */
    public Builder derive() {
        return new Builder(this);
    }

    /**
     * Builds a derived view char by char; each appended char names the parent span it stands for.
     * While every char maps to the one original char at its own index (the usual case: folding
     * replaces chars one for one), no offset map is kept; it is filled in at the first char that
     * maps elsewhere.
     */
    public static final class Builder {
        private final NormalizedText parent;
        private final StringBuilder sb;
        private int[] s;
        private int[] e;

        private Builder(NormalizedText parent) {
            this.parent = parent;
            this.sb = new StringBuilder(parent.length() + 16);
        }

        public Builder append(char c, int parentStart, int parentEnd) {
            int n = sb.length();
            int start;
            int end;
            if (parentEnd > parentStart) {
                start = parent.originalStart(parentStart);
                end = parent.originalEnd(parentEnd - 1);
            } else {
                start = parentStart < parent.length() ? parent.originalStart(parentStart) : parent.original.length();
                end = start;
            }
            sb.append(c);
            if (s == null && start == n && end == n + 1) {
                return this; // still the identity map
            }
            if (s == null) {
                // sized for a same-length view, so build() can usually hand the maps over uncopied
                s = new int[Math.max(parent.length(), n + 1)];
                e = new int[s.length];
                for (int i = 0; i < n; i++) {
                    s[i] = i;
                    e[i] = i + 1;
                }
            } else if (n == s.length) {
                s = Arrays.copyOf(s, n * 2 + 16);
                e = Arrays.copyOf(e, n * 2 + 16);
            }
            s[n] = start;
            e[n] = end;
            return this;
        }

        public Builder append(CharSequence chars, int parentStart, int parentEnd) {
            for (int i = 0; i < chars.length(); i++) {
                append(chars.charAt(i), parentStart, parentEnd);
            }
            return this;
        }

        /**
         * Appends {@code c} in place of parent char {@code index} (one char for one, as folding does),
         * skipping the offset-map work while this view and its parent are still the identity: most
         * chars of a posting take this path.
         */
        public Builder appendFor(int index, char c) {
            if (s == null && parent.starts == null && index == sb.length()) {
                sb.append(c);
                return this;
            }
            return append(c, index, index + 1);
        }

        /** Copies parent char {@code index} unchanged. */
        public Builder copy(int index) {
            return appendFor(index, parent.text.charAt(index));
        }

        /** Copies parent chars [from, to) unchanged. */
        public Builder copy(int from, int to) {
            for (int i = from; i < to; i++) {
                copy(i);
            }
            return this;
        }

        public int length() {
            return sb.length();
        }

        /** Drops blanks at the end (a spelled-out @ or dot swallows the blanks around it). */
        public Builder trimTrailingBlanks() {
            int n = sb.length();
            while (n > 0 && (sb.charAt(n - 1) == ' ' || sb.charAt(n - 1) == '\t')) {
                n--;
            }
            sb.setLength(n);
            return this;
        }

        /** Replaces an already appended char, keeping its span (same-length folding). */
        public Builder set(int i, char c) {
            sb.setCharAt(i, c);
            return this;
        }

        public char charAt(int i) {
            return sb.charAt(i);
        }

        public NormalizedText build() {
            int n = sb.length();
            if (s == null) {
                return new NormalizedText(parent.original, sb.toString(), null, null);
            }
            return new NormalizedText(parent.original, sb.toString(), n == s.length ? s : Arrays.copyOf(s, n),
                    n == e.length ? e : Arrays.copyOf(e, n));
        }
    }
}
