package dev.marketguard.screening.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a set of phrases in a text in one pass: all the ruleset's literal
 * phrases at once, so adding rules does not add passes. Immutable after construction, hence
 * thread-safe.
 *
 * <p>The phrases are stored as a minimal acyclic automaton (a DAWG): phrases share their prefixes
 * and also their suffixes. The ruleset's alternatives expand into phrases that differ in one
 * part and share the rest ({@code (無料|無償)(で|にて)?(お願い|依頼)} is 12 phrases), so the ruleset's
 * ~204k phrases (over a million chars) fit in 190k ints (740 KB) and scans mostly stay in the CPU
 * cache (an Aho-Corasick trie of 112k of them was ~10 MB and its scans were memory-bound). A scan walks the
 * automaton from each text position whose first symbols may begin some phrase (hashed bit sets of
 * the phrases' first one, two and three symbols tell, so most positions cost a bit test or two). A
 * phrase is identified by its rank among the distinct phrases in sorted order, summed along the
 * walk (each transition holds the number of phrases that sort before it).
 *
 * <p>Hits are reported ordered by end, then by start (the longer phrase first), equal phrases in
 * list order: the order rule hits are recorded in.
 */
public final class PhraseAutomaton {
    /** Receives (phraseIndex, start, end) for each occurrence. */
    public interface Hits {
        void hit(int phrase, int start, int end);
    }

    /*
     * State records in one int[], a state's id being its record's offset:
     * [final (0/1), child count k, k child chars (sorted), k child states, k rank increments].
     */
    private static final int FINAL = 0;
    private static final int CHILDREN = 1;
    private static final int HEADER = 2;
    private static final int ROOT = 0;
    /** Up to this many children a linear search beats a binary one. */
    private static final int LINEAR_SEARCH = 8;
    /** The start filters' largest sizes (bits, log 2); smaller automata get tables in proportion (see {@link #filterBits}). */
    private static final int MAX_PAIR_BITS_LOG = 16;
    private static final int MAX_TRIPLE_BITS_LOG = 18;

    private final int[] records;
    /**
     * The phrases (list indices) of each rank: {@code rankPhrases[rankStart[r] .. rankStart[r + 1])};
     * both null when the list was sorted and distinct (callers that pass it so save a lookup per hit).
     */
    private final int[] rankStart;
    private final int[] rankPhrases;
    /*
     * Start filters, hashed bit sets sized to the phrase count (about eight bits per entry, so a
     * few small automata do not each drag tens of kilobytes through the cache on every scan):
     * chars that are a whole phrase, pairs of chars that begin a longer phrase, pairs that are a
     * whole phrase, and triples that begin a phrase of three or more (most pairs that begin one
     * lead nowhere).
     */
    private final int singleBits;
    private final int pairBits;
    private final int tripleBits;
    private final long[] singles;
    private final long[] pairs;
    private final long[] pairPhrases;
    private final long[] triples;
    /**
     * The root's edges by char, open addressing: {@code c << 16 | (j + 1)} for the root's j-th child
     * (0: empty). Every walk starts at the root, whose hundreds of children a binary search would
     * take ten unpredictable branches to find.
     */
    private final int[] rootEdges;
    private final int rootMask;

    public PhraseAutomaton(List<String> phrases) {
        List<String> distinct = new ArrayList<>(phrases);
        distinct.sort(null);
        int unique = 0;
        for (int i = 0; i < distinct.size(); i++) {
            if (distinct.get(i).isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            if (unique == 0 || !distinct.get(i).equals(distinct.get(unique - 1))) {
                distinct.set(unique++, distinct.get(i));
            }
        }
        distinct = distinct.subList(0, unique);

        if (distinct.equals(phrases)) {
            rankStart = null; // already sorted and distinct: a phrase's index is its rank
            rankPhrases = null;
        } else {
            Map<String, Integer> rankOf = new HashMap<>(unique * 2);
            for (int r = 0; r < unique; r++) {
                rankOf.put(distinct.get(r), r);
            }
            rankStart = new int[unique + 1];
            for (String p : phrases) {
                rankStart[rankOf.get(p) + 1]++;
            }
            for (int r = 0; r < unique; r++) {
                rankStart[r + 1] += rankStart[r];
            }
            rankPhrases = new int[phrases.size()];
            int[] fill = Arrays.copyOf(rankStart, unique);
            for (int p = 0; p < phrases.size(); p++) {
                rankPhrases[fill[rankOf.get(phrases.get(p))]++] = p;
            }
        }

        int oneChar = 0;
        for (String p : distinct) {
            oneChar += p.length() == 1 ? 1 : 0;
        }
        singleBits = filterBits(oneChar, MAX_PAIR_BITS_LOG);
        pairBits = filterBits(unique - oneChar, MAX_PAIR_BITS_LOG);
        tripleBits = filterBits(unique - oneChar, MAX_TRIPLE_BITS_LOG);
        singles = new long[(1 << singleBits) / 64];
        pairs = new long[(1 << pairBits) / 64];
        pairPhrases = new long[(1 << pairBits) / 64];
        triples = new long[(1 << tripleBits) / 64];
        for (String p : distinct) {
            if (p.length() == 1) {
                set(singles, hash(p.charAt(0), 0, 0, singleBits));
            } else {
                int pair = hash(p.charAt(0), p.charAt(1), 0, pairBits);
                set(pairs, pair);
                if (p.length() == 2) {
                    set(pairPhrases, pair);
                } else {
                    set(triples, hash(p.charAt(0), p.charAt(1), p.charAt(2), tripleBits));
                }
            }
        }
        records = new DawgBuilder(distinct).records();
        int k = records[ROOT + CHILDREN];
        rootEdges = new int[Math.max(16, Integer.highestOneBit(Math.max(1, 2 * k)) << 1)];
        rootMask = rootEdges.length - 1;
        if (k >= 0xFFFF) {
            throw new IllegalArgumentException("phrases start with too many distinct chars: " + k);
        }
        for (int j = 0; j < k; j++) {
            char c = (char) records[ROOT + HEADER + j];
            int slot = rootSlot(c);
            while (rootEdges[slot] != 0) {
                slot = (slot + 1) & rootMask;
            }
            rootEdges[slot] = c << 16 | (j + 1);
        }
    }

    /** Reads an automaton written by {@link #writeTo}: what the build compiled, without compiling it again. */
    public static PhraseAutomaton readFrom(DataInput in) throws IOException {
        return new PhraseAutomaton(in);
    }

    private PhraseAutomaton(DataInput in) throws IOException {
        records = BinaryArrays.readInts(in);
        boolean ranked = in.readBoolean();
        rankStart = ranked ? BinaryArrays.readInts(in) : null;
        rankPhrases = ranked ? BinaryArrays.readInts(in) : null;
        singleBits = in.readInt();
        pairBits = in.readInt();
        tripleBits = in.readInt();
        singles = BinaryArrays.readLongs(in);
        pairs = BinaryArrays.readLongs(in);
        pairPhrases = BinaryArrays.readLongs(in);
        triples = BinaryArrays.readLongs(in);
        rootEdges = BinaryArrays.readInts(in);
        rootMask = rootEdges.length - 1;
        if (singles.length << 6 != 1 << singleBits || pairs.length << 6 != 1 << pairBits
                || pairPhrases.length != pairs.length || triples.length << 6 != 1 << tripleBits
                || Integer.bitCount(rootEdges.length) != 1) {
            throw new IOException("corrupt phrase automaton");
        }
    }

    public void writeTo(DataOutput out) throws IOException {
        BinaryArrays.writeInts(out, records);
        out.writeBoolean(rankStart != null);
        if (rankStart != null) {
            BinaryArrays.writeInts(out, rankStart);
            BinaryArrays.writeInts(out, rankPhrases);
        }
        out.writeInt(singleBits);
        out.writeInt(pairBits);
        out.writeInt(tripleBits);
        BinaryArrays.writeLongs(out, singles);
        BinaryArrays.writeLongs(out, pairs);
        BinaryArrays.writeLongs(out, pairPhrases);
        BinaryArrays.writeLongs(out, triples);
        BinaryArrays.writeInts(out, rootEdges);
    }

    private int rootSlot(char c) {
        return (c * 0x9E3779B9) >>> 16 & rootMask;
    }

    /** Scans {@code text} char by char. */
    public void scan(String text, Hits hits) {
        Scan scan = Scan.begin(text.length());
        text.getChars(0, text.length(), scan.symbols, 0);
        scan.count = text.length();
        walk(scan, hits, false);
    }

    /**
     * Scans with every run of digits (with inner ',' or '.') read as ONE symbol: {@code zero} when
     * the run is all zeros, else {@code number}. Hit offsets are offsets into {@code text}.
     */
    public void scanNumbersSqueezed(String text, char number, char zero, Hits hits) {
        int n = text.length();
        Scan scan = Scan.begin(n);
        char[] symbols = scan.symbols;
        int[] offsets = scan.offsets;
        int count = 0;
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
            symbols[count] = c;
            offsets[count++] = i;
            i = j;
        }
        offsets[count] = n;
        scan.count = count;
        walk(scan, hits, true);
    }

    /** Walks from every symbol that may begin a phrase, then reports the hits by end. */
    private void walk(Scan scan, Hits hits, boolean mapOffsets) {
        try {
            char[] symbols = scan.symbols;
            int count = scan.count;
            int[] rec = records;
            for (int i = 0; i < count; i++) {
                char first = symbols[i];
                if (!get(singles, hash(first, 0, 0, singleBits)) && !mayBeginLongerPhrase(symbols, i, count)) {
                    continue;
                }
                int state = ROOT;
                int rank = 0;
                for (int m = i; m < count; m++) {
                    int edge = edge(state, symbols[m]);
                    if (edge < 0) {
                        break;
                    }
                    int k = rec[state + CHILDREN];
                    rank += rec[edge + 2 * k];
                    state = rec[edge + k];
                    if (rec[state + FINAL] != 0) {
                        scan.add(rank, i, m + 1);
                    }
                }
            }
            emitByEnd(scan, mapOffsets, hits);
        } finally {
            scan.end();
        }
    }

    /** Reports the hits ordered by end (a stable counting sort keeps starts ascending within an end). */
    private void emitByEnd(Scan scan, boolean mapOffsets, Hits hits) {
        int size = scan.size;
        if (size == 0) {
            return;
        }
        int[] order = scan.order(size);
        int first = scan.end[0];
        int last = first;
        for (int h = 1; h < size; h++) {
            first = Math.min(first, scan.end[h]);
            last = Math.max(last, scan.end[h]);
        }
        // counting sort over the ends that occur (a field's few hits need not clear a table as long as the text)
        int[] at = scan.at;
        Arrays.fill(at, 0, last - first + 2, 0);
        for (int h = 0; h < size; h++) {
            at[scan.end[h] - first + 1]++;
        }
        for (int e = 0; e <= last - first; e++) {
            at[e + 1] += at[e];
        }
        for (int h = 0; h < size; h++) {
            order[at[scan.end[h] - first]++] = h;
        }
        int[] offsets = scan.offsets;
        for (int o = 0; o < size; o++) {
            int h = order[o];
            int s = mapOffsets ? offsets[scan.start[h]] : scan.start[h];
            int e = mapOffsets ? offsets[scan.end[h]] : scan.end[h];
            int rank = scan.rank[h];
            if (rankStart == null) {
                hits.hit(rank, s, e);
                continue;
            }
            for (int p = rankStart[rank]; p < rankStart[rank + 1]; p++) {
                hits.hit(rankPhrases[p], s, e);
            }
        }
    }

    /** Offset in {@code records} of the child char of {@code state} equal to {@code c}, or -1. */
    private int edge(int state, char c) {
        if (state == ROOT) {
            for (int slot = rootSlot(c); rootEdges[slot] != 0; slot = (slot + 1) & rootMask) {
                if (rootEdges[slot] >>> 16 == c) {
                    return ROOT + HEADER + (rootEdges[slot] & 0xFFFF) - 1;
                }
            }
            return -1;
        }
        int[] rec = records;
        int k = rec[state + CHILDREN];
        int chars = state + HEADER;
        if (k <= LINEAR_SEARCH) {
            for (int j = chars, end = chars + k; j < end; j++) {
                if (rec[j] == c) {
                    return j;
                }
            }
            return -1;
        }
        int lo = chars;
        int hi = chars + k - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = rec[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether a phrase of two or more symbols may begin at {@code i} (false positives only; the walk decides). */
    private boolean mayBeginLongerPhrase(char[] symbols, int i, int count) {
        if (i + 1 >= count) {
            return false;
        }
        int pair = hash(symbols[i], symbols[i + 1], 0, pairBits);
        return get(pairs, pair) && (get(pairPhrases, pair)
                || i + 2 < count && get(triples, hash(symbols[i], symbols[i + 1], symbols[i + 2], tripleBits)));
    }

    /** Bits (log 2) of a start filter for {@code entries} entries: about eight bits each, 64 at least. */
    private static int filterBits(int entries, int maxLog) {
        int log = 6;
        while (log < maxLog && (1 << log) < 8 * entries) {
            log++;
        }
        return log;
    }

    /** One to three chars hashed to {@code bits} bits. */
    private static int hash(int a, int b, int c, int bits) {
        return (int) (((long) a << 32 | (long) b << 16 | c) * 0x9E3779B97F4A7C15L >>> (64 - bits));
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & 1L << i) != 0;
    }

    /**
     * One scan's working arrays (the text as symbols, their offsets, the hits in walk order), kept
     * per thread and reused: allocating them per scan was a fifth of a screening's garbage.
     */
    private static final class Scan {
        private static final ThreadLocal<Scan> PER_THREAD = ThreadLocal.withInitial(Scan::new);

        char[] symbols = new char[0];
        int[] offsets = new int[1];
        int[] at = new int[2];
        int count;
        int[] rank = new int[32];
        int[] start = new int[32];
        int[] end = new int[32];
        private int[] order = new int[32];
        int size;
        private boolean busy;

        /** This thread's scan, emptied, for a text of {@code n} chars (a fresh one if a hit callback scans again). */
        static Scan begin(int n) {
            Scan scan = PER_THREAD.get();
            if (scan.busy) {
                scan = new Scan();
            }
            scan.busy = true;
            if (scan.symbols.length < n) {
                scan.symbols = new char[n];
                scan.offsets = new int[n + 1];
                scan.at = new int[n + 2];
            }
            scan.count = 0;
            scan.size = 0;
            return scan;
        }

        void end() {
            busy = false;
        }

        void add(int r, int s, int e) {
            if (size == rank.length) {
                rank = Arrays.copyOf(rank, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            rank[size] = r;
            start[size] = s;
            end[size++] = e;
        }

        int[] order(int size) {
            if (order.length < size) {
                order = new int[rank.length];
            }
            return order;
        }
    }

    /**
     * Builds the minimal automaton from sorted distinct phrases in one pass (Daciuk et al.,
     * "Incremental construction of minimal acyclic finite-state automata", 2000): after each
     * phrase, the states of the previous phrase's path that the new one leaves are replaced by an
     * equal registered state or registered themselves. Only used while constructing.
     */
    private static final class DawgBuilder {
        private final Map<Node, Node> register = new HashMap<>();
        private final Node root = new Node();

        DawgBuilder(List<String> sorted) {
            String previous = "";
            for (String phrase : sorted) {
                int common = 0;
                int limit = Math.min(previous.length(), phrase.length());
                while (common < limit && previous.charAt(common) == phrase.charAt(common)) {
                    common++;
                }
                Node last = root;
                for (int d = 0; d < common; d++) {
                    last = last.next[last.size - 1];
                }
                if (last.size > 0) {
                    replaceOrRegister(last);
                }
                for (int d = common; d < phrase.length(); d++) {
                    Node child = new Node();
                    last.add(phrase.charAt(d), child);
                    last = child;
                }
                last.isFinal = true;
                previous = phrase;
            }
            if (root.size > 0) {
                replaceOrRegister(root);
            }
        }

        private void replaceOrRegister(Node state) {
            Node child = state.next[state.size - 1];
            if (child.size > 0) {
                replaceOrRegister(child);
            }
            Node equal = register.putIfAbsent(child, child);
            if (equal != null) {
                state.next[state.size - 1] = equal;
            }
        }

        /** The states laid out breadth first: the shallow states, where walks spend most steps, lie together. */
        int[] records() {
            List<Node> order = new ArrayList<>();
            int size = 0;
            root.offset = 0;
            order.add(root);
            for (int head = 0; head < order.size(); head++) {
                Node n = order.get(head);
                n.offset = size;
                size += HEADER + 3 * n.size;
                for (int j = 0; j < n.size; j++) {
                    if (n.next[j].offset < 0) {
                        n.next[j].offset = 0; // queued
                        order.add(n.next[j]);
                    }
                }
            }
            int[] rec = new int[size];
            for (Node n : order) {
                int r = n.offset;
                rec[r + FINAL] = n.isFinal ? 1 : 0;
                rec[r + CHILDREN] = n.size;
                int before = n.isFinal ? 1 : 0;
                for (int j = 0; j < n.size; j++) {
                    rec[r + HEADER + j] = n.labels[j];
                    rec[r + HEADER + n.size + j] = n.next[j].offset;
                    rec[r + HEADER + 2 * n.size + j] = before;
                    before += phraseCount(n.next[j]);
                }
            }
            return rec;
        }

        /** How many phrases end at or below {@code n} (memoised; the graph is acyclic). */
        private static int phraseCount(Node n) {
            if (n.phrases < 0) {
                int count = n.isFinal ? 1 : 0;
                for (int j = 0; j < n.size; j++) {
                    count += phraseCount(n.next[j]);
                }
                n.phrases = count;
            }
            return n.phrases;
        }
    }

    /** A state while building; once registered it never changes, so its hash and equality hold. */
    private static final class Node {
        private static int created;
        /** A number for hashing (identity hash codes were a large part of building; a race can only repeat one). */
        private final int id = created++;
        char[] labels = new char[1];
        Node[] next = new Node[1];
        int size;
        boolean isFinal;
        /** Set while laying out: the record offset (-1: not yet queued), the phrase count below (-1: not yet counted). */
        int offset = -1;
        int phrases = -1;

        void add(char c, Node child) {
            if (size == labels.length) {
                labels = Arrays.copyOf(labels, size * 2);
                next = Arrays.copyOf(next, size * 2);
            }
            labels[size] = c;
            next[size++] = child;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Node other) || other.size != size || other.isFinal != isFinal) {
                return false;
            }
            for (int j = 0; j < size; j++) {
                if (labels[j] != other.labels[j] || next[j] != other.next[j]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = isFinal ? 1 : 0;
            for (int j = 0; j < size; j++) {
                h = 31 * (31 * h + labels[j]) + next[j].id;
            }
            return h;
        }
    }
}
