package dev.marketguard.screening.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over all literal phrases of the ruleset: one pass over a field finds every
 * phrase at once, so adding rules does not add passes. Immutable after construction, hence
 * thread-safe.
 *
 * <p>Layout: every state is a record in one {@code int[]}, and a state's id is its record's
 * offset: {@code [fail, outputs begin, outputs end, child count k, k child chars (sorted), k child
 * states]}. Records are in breadth-first order. Why: the ruleset's alternatives expand to ~88k
 * phrases and ~234k states; an open-addressing edge table for them was 24 MB, and each step of a
 * scan probed a random slot of it. A record keeps a state's failure link, outputs and children
 * in one or two cache lines, and the shallow states, where scans spend most steps, lie together.
 */
public final class PhraseAutomaton {
    /** Receives (phraseIndex, start, end) for each occurrence. */
    public interface Hits {
        void hit(int phrase, int start, int end);
    }

    private static final int FAIL = 0;
    private static final int OUT_BEGIN = 1;
    private static final int OUT_END = 2;
    private static final int CHILDREN = 3;
    private static final int HEADER = 4;
    /** Up to this many children a linear search beats a binary one. */
    private static final int LINEAR_SEARCH = 8;
    private static final int ROOT = 0;

    /** The state records (see the class comment); failure links skip states without children. */
    private final int[] records;
    /** Phrases ending at each state (its own, then its failure chain's), flat. */
    private final int[] outputs;
    private final int[] lengths;
    /** The root's transitions as a dense table (most steps of a scan start from, or fall back to, the root). */
    private final int[] root;

    public PhraseAutomaton(List<String> phrases) {
        int n = phrases.size();
        lengths = new int[n];
        for (int p = 0; p < n; p++) {
            lengths[p] = phrases.get(p).length();
        }
        Trie trie = new Trie(phrases);
        int states = trie.states;

        // Breadth-first order over the trie, and each state's record offset in that order.
        int[] order = new int[states];
        int[] offset = new int[states];
        int tail = 1;
        int size = 0;
        for (int head = 0; head < tail; head++) {
            int st = order[head];
            offset[st] = size;
            size += HEADER + 2 * trie.childCount(st);
            for (int k = trie.childStart[st]; k < trie.childStart[st + 1]; k++) {
                order[tail++] = trie.childState[k];
            }
        }
        int[] rec = new int[size];
        for (int st = 0; st < states; st++) {
            int r = offset[st];
            int k = trie.childCount(st);
            rec[r + CHILDREN] = k;
            for (int j = 0; j < k; j++) {
                rec[r + HEADER + j] = trie.childChar[trie.childStart[st] + j];
                rec[r + HEADER + k + j] = offset[trie.childState[trie.childStart[st] + j]];
            }
        }
        this.records = rec;

        // Failure links and outputs, breadth first (a state's failure target is shallower, so done first).
        int[] failOf = new int[states]; // by trie state
        int[][] outputsOf = new int[states][];
        outputsOf[ROOT] = trie.own(ROOT);
        int total = outputsOf[ROOT].length;
        for (int q = 1; q < states; q++) {
            int st = order[q];
            int parent = trie.parent[st];
            char c = trie.charOf[st];
            int target = ROOT;
            if (parent != ROOT) {
                int f = failOf[parent];
                int next = trie.child(f, c);
                while (next < 0 && f != ROOT) {
                    f = failOf[f];
                    next = trie.child(f, c);
                }
                target = next < 0 ? ROOT : next;
            }
            failOf[st] = target;
            outputsOf[st] = concat(trie.own(st), outputsOf[target]);
            total += outputsOf[st].length;
        }
        this.outputs = new int[total];
        int at = 0;
        for (int q = 0; q < states; q++) {
            int st = order[q];
            int r = offset[st];
            rec[r + OUT_BEGIN] = at;
            System.arraycopy(outputsOf[st], 0, outputs, at, outputsOf[st].length);
            at += outputsOf[st].length;
            rec[r + OUT_END] = at;
            // An edge lookup in a childless state always fails: link past it (its outputs are already copied).
            int f = failOf[st];
            if (f != ROOT && trie.childCount(f) == 0) {
                f = failOf[f];
                failOf[st] = f;
            }
            rec[r + FAIL] = offset[f];
        }

        this.root = new int[Character.MAX_VALUE + 1];
        Arrays.fill(root, -1);
        int k = rec[ROOT + CHILDREN];
        for (int j = 0; j < k; j++) {
            root[rec[ROOT + HEADER + j]] = rec[ROOT + HEADER + k + j];
        }
        int max = 1;
        for (int l : lengths) {
            max = Math.max(max, l);
        }
        this.maxLength = max;
        int ring = 1;
        while (ring < max + 1) {
            ring <<= 1;
        }
        this.ringSize = ring;
    }

    private final int ringSize;

    private final int maxLength;

    /**
     * Scans with every run of digits (with inner ',' or '.') read as ONE symbol: {@code zero} when
     * the run is all zeros, else {@code number}. Hit offsets are offsets into {@code text}.
     */
    public void scanNumbersSqueezed(String text, char number, char zero, Hits hits) {
        int ringMask = ringSize - 1;
        int[] ring = new int[ringSize];
        int state = 0;
        int k = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (c >= '0' && c <= '9') {
                boolean zeros = c == '0';
                while (j < n) {
                    char d = text.charAt(j);
                    if (d >= '0' && d <= '9') {
                        zeros &= d == '0';
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < n && text.charAt(j + 1) >= '0' && text.charAt(j + 1) <= '9') {
                        j++;
                    } else {
                        break;
                    }
                }
                c = zeros ? zero : number;
            }
            ring[k & ringMask] = i;
            int next = get(state, c);
            while (next < 0 && state > 0) {
                state = records[state + FAIL];
                next = get(state, c);
            }
            state = next < 0 ? 0 : next;
            for (int o = records[state + OUT_BEGIN], end = records[state + OUT_END]; o < end; o++) {
                int p = outputs[o];
                hits.hit(p, ring[(k - lengths[p] + 1) & ringMask], j);
            }
            k++;
            i = j;
        }
    }

    public void scan(String text, Hits hits) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = get(state, c);
            while (next < 0 && state > 0) {
                state = records[state + FAIL];
                next = get(state, c);
            }
            state = next < 0 ? 0 : next;
            for (int o = records[state + OUT_BEGIN], end = records[state + OUT_END]; o < end; o++) {
                int p = outputs[o];
                hits.hit(p, i + 1 - lengths[p], i + 1);
            }
        }
    }

    private int get(int state, char c) {
        if (state == ROOT) {
            return root[c];
        }
        int[] rec = records;
        int k = rec[state + CHILDREN];
        int chars = state + HEADER;
        if (k <= LINEAR_SEARCH) {
            for (int j = 0; j < k; j++) {
                if (rec[chars + j] == c) {
                    return rec[chars + k + j];
                }
            }
            return -1;
        }
        int lo = 0;
        int hi = k - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = rec[chars + mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return rec[chars + k + mid];
            }
        }
        return -1;
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * The phrases' trie, built without a hash table: phrases are inserted in sorted order, so a
     * phrase shares its prefix with the path of the one before it, and every state's children
     * are created in increasing char order. Only used while constructing the automaton.
     */
    private static final class Trie {
        private static final int[] NONE = new int[0];
        int states;
        final int[] parent;
        final char[] charOf;
        /** Children as flat arrays, sorted by char within each state: childStart[s] .. childStart[s + 1]. */
        final int[] childStart;
        final char[] childChar;
        final int[] childState;
        /** Own phrases per state, in phrase order (a state can end several equal phrases). */
        private final int[][] own;

        Trie(List<String> phrases) {
            int n = phrases.size();
            Integer[] sorted = new Integer[n];
            int capacity = 1;
            for (int p = 0; p < n; p++) {
                sorted[p] = p;
                capacity += phrases.get(p).length();
            }
            // stable: equal phrases stay in phrase order
            Arrays.sort(sorted, (a, b) -> phrases.get(a).compareTo(phrases.get(b)));
            int[] parentOf = new int[capacity];
            char[] chars = new char[capacity];
            int[][] ownOf = new int[capacity][];
            int[] path = new int[64]; // path[d] = state reached by the previous phrase's first d chars
            String previous = "";
            states = 1;
            for (int p : sorted) {
                String s = phrases.get(p);
                int common = 0;
                int limit = Math.min(previous.length(), s.length());
                while (common < limit && previous.charAt(common) == s.charAt(common)) {
                    common++;
                }
                if (path.length <= s.length()) {
                    path = Arrays.copyOf(path, s.length() * 2 + 1);
                }
                for (int d = common; d < s.length(); d++) {
                    int st = states++;
                    parentOf[st] = path[d];
                    chars[st] = s.charAt(d);
                    path[d + 1] = st;
                }
                int end = path[s.length()];
                ownOf[end] = ownOf[end] == null ? new int[] {p} : concat(ownOf[end], new int[] {p});
                previous = s;
            }
            parent = Arrays.copyOf(parentOf, states);
            charOf = Arrays.copyOf(chars, states);
            own = ownOf;
            // children grouped by parent (counting sort); creation order within a parent is char order
            childStart = new int[states + 1];
            for (int st = 1; st < states; st++) {
                childStart[parent[st] + 1]++;
            }
            for (int st = 0; st < states; st++) {
                childStart[st + 1] += childStart[st];
            }
            childChar = new char[states - 1];
            childState = new int[states - 1];
            int[] fill = Arrays.copyOf(childStart, states);
            for (int st = 1; st < states; st++) {
                int at = fill[parent[st]]++;
                childChar[at] = charOf[st];
                childState[at] = st;
            }
        }

        int childCount(int st) {
            return childStart[st + 1] - childStart[st];
        }

        int[] own(int st) {
            return own[st] == null ? NONE : own[st];
        }

        /** The child of {@code st} along {@code c}, or -1. */
        int child(int st, char c) {
            int lo = childStart[st];
            int hi = childStart[st + 1] - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (childChar[mid] < c) {
                    lo = mid + 1;
                } else if (childChar[mid] > c) {
                    hi = mid - 1;
                } else {
                    return childState[mid];
                }
            }
            return -1;
        }
    }
}
