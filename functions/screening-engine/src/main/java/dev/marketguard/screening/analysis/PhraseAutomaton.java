package dev.marketguard.screening.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over all literal phrases of the ruleset: one pass over a field finds every
 * phrase at once, so adding rules does not add passes. Edges live in one open-addressing
 * table keyed by (state, char). Immutable after construction, hence thread-safe.
 */
public final class PhraseAutomaton {
    /** Receives (phraseIndex, start, end) for each occurrence. */
    public interface Hits {
        void hit(int phrase, int start, int end);
    }

    private final long[] keys;
    private final int[] values;
    private final int mask;
    /** Failure links, skipping states without children (an edge lookup there always fails). */
    private final int[] fail;
    /** Phrases ending at each state, flat: outputs[outputStart[s] .. outputStart[s + 1]). */
    private final int[] outputStart;
    private final int[] outputs;
    private final int[] lengths;
    /** The root's transitions as a dense table (most steps of a scan start from, or fall back to, the root). */
    private final int[] root;
    /**
     * Per state, bit {@code c & 63} is set when some child edge's char has those low bits: a
     * clear bit proves there is no edge for {@code c}, so most failing steps skip the hash probe.
     */
    private final long[] childBits;

    public PhraseAutomaton(List<String> phrases) {
        List<int[]> out = new ArrayList<>();
        List<Integer> failList = new ArrayList<>();
        // build trie with a growable edge map
        int totalChars = 0;
        for (String phrase : phrases) {
            totalChars += phrase.length();
        }
        // sized for every edge up front: no rehashing while the trie grows
        EdgeMap edges = new EdgeMap(Integer.highestOneBit(Math.max(16, totalChars * 2)) << 1);
        out.add(new int[0]);
        failList.add(0);
        int states = 1;
        lengths = new int[phrases.size()];
        for (int p = 0; p < phrases.size(); p++) {
            String s = phrases.get(p);
            lengths[p] = s.length();
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                int next = edges.get(state, s.charAt(i));
                if (next < 0) {
                    next = states++;
                    edges.put(state, s.charAt(i), next);
                    out.add(new int[0]);
                    failList.add(0);
                }
                state = next;
            }
            int[] o = out.get(state);
            int[] grown = Arrays.copyOf(o, o.length + 1);
            grown[o.length] = p;
            out.set(state, grown);
        }
        int[] failArr = new int[states];
        int[][] outArr = out.toArray(new int[0][]);
        // BFS for failure links over the trie's children, gathered into flat arrays (CSR)
        int[] childStart = new int[states + 1];
        for (int i = 0; i < edges.keys.length; i++) {
            if (edges.keys[i] != -1L) {
                childStart[(int) (edges.keys[i] >>> 16) + 1]++;
            }
        }
        for (int i = 0; i < states; i++) {
            childStart[i + 1] += childStart[i];
        }
        int[] childChar = new int[childStart[states]];
        int[] childState = new int[childStart[states]];
        int[] fill = java.util.Arrays.copyOf(childStart, states);
        for (int i = 0; i < edges.keys.length; i++) {
            if (edges.keys[i] != -1L) {
                int state = (int) (edges.keys[i] >>> 16);
                int at = fill[state]++;
                childChar[at] = (int) (edges.keys[i] & 0xFFFF);
                childState[at] = edges.values[i];
            }
        }
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int k = childStart[0]; k < childStart[1]; k++) {
            failArr[childState[k]] = 0;
            queue[tail++] = childState[k];
        }
        while (head < tail) {
            int state = queue[head++];
            for (int k = childStart[state]; k < childStart[state + 1]; k++) {
                char c = (char) childChar[k];
                int child = childState[k];
                int f = failArr[state];
                while (f > 0 && edges.get(f, c) < 0) {
                    f = failArr[f];
                }
                int target = edges.get(f, c);
                failArr[child] = (target >= 0 && target != child) ? target : 0;
                outArr[child] = concat(outArr[child], outArr[failArr[child]]);
                queue[tail++] = child;
            }
        }
        this.keys = edges.keys;
        this.values = edges.values;
        this.mask = edges.mask;
        // queue holds every non-root state in BFS order, so a state's failure target (shallower)
        // is already compressed when the state is reached
        for (int q = 0; q < tail; q++) {
            int st = queue[q];
            int f = failArr[st];
            if (f > 0 && childStart[f] == childStart[f + 1]) {
                failArr[st] = failArr[f];
            }
        }
        this.fail = failArr;
        this.outputStart = new int[states + 1];
        for (int st = 0; st < states; st++) {
            outputStart[st + 1] = outputStart[st] + outArr[st].length;
        }
        this.outputs = new int[outputStart[states]];
        for (int st = 0; st < states; st++) {
            System.arraycopy(outArr[st], 0, outputs, outputStart[st], outArr[st].length);
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
        this.root = new int[Character.MAX_VALUE + 1];
        Arrays.fill(root, -1);
        for (int k = childStart[0]; k < childStart[1]; k++) {
            root[childChar[k]] = childState[k];
        }
        this.childBits = new long[states];
        for (int st = 0; st < states; st++) {
            for (int k = childStart[st]; k < childStart[st + 1]; k++) {
                childBits[st] |= 1L << (childChar[k] & 63);
            }
        }
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
                state = fail[state];
                next = get(state, c);
            }
            state = next < 0 ? 0 : next;
            for (int o = outputStart[state]; o < outputStart[state + 1]; o++) {
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
                state = fail[state];
                next = get(state, c);
            }
            state = next < 0 ? 0 : next;
            for (int o = outputStart[state]; o < outputStart[state + 1]; o++) {
                int p = outputs[o];
                hits.hit(p, i + 1 - lengths[p], i + 1);
            }
        }
    }

    private int get(int state, char c) {
        if (state == 0) {
            return root[c];
        }
        if ((childBits[state] & (1L << (c & 63))) == 0) {
            return -1;
        }
        long key = ((long) state << 16) | c;
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == -1L) {
                return -1;
            }
            if (k == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private static final class EdgeMap {
        long[] keys;
        int[] values;
        int mask;
        int size;

        EdgeMap(int capacity) {
            keys = new long[capacity];
            Arrays.fill(keys, -1L);
            values = new int[capacity];
            mask = capacity - 1;
        }

        int get(int state, char c) {
            long key = ((long) state << 16) | c;
            int slot = (int) mix(key) & mask;
            while (true) {
                long k = keys[slot];
                if (k == -1L) {
                    return -1;
                }
                if (k == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
        }

        void put(int state, char c, int target) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            long key = ((long) state << 16) | c;
            int slot = (int) mix(key) & mask;
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = target;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            Arrays.fill(keys, -1L);
            values = new int[oldKeys.length * 2];
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1L) {
                    put((int) (oldKeys[i] >>> 16), (char) (oldKeys[i] & 0xFFFF), oldValues[i]);
                }
            }
        }

    }
}
