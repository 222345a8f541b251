package dev.marketguard.screening.classify;

/**
 * A document's distinct features as 64-bit hashes of their names (see {@link FeatureExtractor#hash}),
 * with the field and normalised span of each feature's first occurrence, for evidence. Built
 * without allocating a string per feature, so scoring stays cheap next to tokenisation.
 */
public final class FeatureVector {
    private long[] hashes;
    private int[] fields;
    private int[] starts;
    private int[] ends;
    private int size;
    private long[] table;
    private int mask;

    /** An empty vector to be filled (and refilled) by {@link FeatureExtractor#extractHashed(java.util.List, FeatureVector)}. */
    public FeatureVector() {
        this(256);
    }

    FeatureVector(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        table = new long[capacity];
        mask = capacity - 1;
        hashes = new long[Math.max(8, expected)];
        fields = new int[hashes.length];
        starts = new int[hashes.length];
        ends = new int[hashes.length];
    }

    /**
     * Empties the vector, keeping its arrays. Only the slots in use are zeroed (a posting's table
     * is tens of kilobytes; filling it all would push other data out of the cache every screening).
     */
    void clear() {
        for (int i = 0; i < size; i++) {
            table[slotOf(hashes[i])] = 0;
        }
        size = 0;
    }

    /** The slot holding {@code h} (present in the table). */
    private int slotOf(long h) {
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (table[slot] != h) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Adds a feature unless already present. Hash 0 is reserved as "empty" (remapped). */
    void add(long hash, int field, int start, int end) {
        long h = hash == 0 ? 1 : hash;
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (table[slot] != 0) {
            if (table[slot] == h) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
            add(h, field, start, end);
            return;
        }
        table[slot] = h;
        if (size == hashes.length) {
            hashes = java.util.Arrays.copyOf(hashes, size * 2);
            fields = java.util.Arrays.copyOf(fields, size * 2);
            starts = java.util.Arrays.copyOf(starts, size * 2);
            ends = java.util.Arrays.copyOf(ends, size * 2);
        }
        hashes[size] = h;
        fields[size] = field;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int slot = (int) (h ^ (h >>> 29)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = h;
            }
        }
    }

    public int size() {
        return size;
    }

    public long hash(int i) {
        return hashes[i];
    }

    public int field(int i) {
        return fields[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }
}
