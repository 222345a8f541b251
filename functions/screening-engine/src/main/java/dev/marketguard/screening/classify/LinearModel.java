package dev.marketguard.screening.classify;

import dev.marketguard.core.category.ViolationCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One-vs-rest logistic regression over binary features, L2-normalised per document:
 * p(category | doc) = sigmoid(bias + sum w * x). Weights are stored as floats in a small
 * tab-separated resource; immutable after load, hence thread-safe.
 */
public final class LinearModel {
    public static final String DEFAULT_RESOURCE = "/marketguard/classifier-model.tsv";
    public static final int CATEGORIES = ViolationCategory.values().length;

    private final String version;
    private final float[] bias;
    private final Map<String, float[]> weights;
    /**
     * Open-addressing index of feature hashes: slot s holds the hash at {@code 2s} (0: empty) and
     * its row in {@code rows} at {@code 2s + 1}, so a probe reads one cache line; up to three-quarters
     * full (the bit set below answers for unknown features, which would probe longest), so the
     * index stays small enough to stay cached between screenings.
     */
    private final long[] index;
    /**
     * One bit per hashed feature the model knows (16 KB): most of a posting's features (lemma
     * pairs above all) are not in the model, and the bit says so without touching the index.
     */
    private final long[] known = new long[KNOWN_BITS / 64];
    private static final int KNOWN_BITS = 1 << 17;
    private final float[][] rows;
    /** The same rows back to back (row r at r * CATEGORIES): scoring reads them without a pointer per row. */
    private final float[] flatRows;
    private final int mask;

    public LinearModel(String version, float[] bias, Map<String, float[]> weights) {
        this.version = version;
        this.bias = bias.clone();
        this.weights = weights;
        int capacity = 16;
        while (capacity * 3 < weights.size() * 4) { // at most three-quarters full
            capacity <<= 1;
        }
        this.index = new long[2 * capacity];
        this.rows = new float[weights.size()][];
        this.flatRows = new float[weights.size() * CATEGORIES];
        this.mask = capacity - 1;
        int row = 0;
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            long h = FeatureExtractor.hash(e.getKey());
            h = h == 0 ? 1 : h;
            int slot = (int) (h ^ (h >>> 29)) & mask;
            while (index[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            index[2 * slot] = h;
            index[2 * slot + 1] = row;
            int bit = knownBit(h);
            known[bit >>> 6] |= 1L << bit;
            rows[row] = e.getValue();
            System.arraycopy(e.getValue(), 0, flatRows, row * CATEGORIES, CATEGORIES);
            row++;
        }
    }

    /** Weights of a hashed feature, or null when the model does not know it. */
    public float[] weightsOf(long hash) {
        int row = rowOf(hash);
        return row < 0 ? null : rows[row];
    }

    private static int knownBit(long h) {
        return (int) (h >>> 47); // the top 17 bits; the index slot comes from the low bits
    }

    private int rowOf(long hash) {
        long h = hash == 0 ? 1 : hash;
        int bit = knownBit(h);
        if ((known[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        int slot = (int) (h ^ (h >>> 29)) & mask;
        for (long key = index[2 * slot]; key != 0; key = index[2 * slot]) {
            if (key == h) {
                return (int) index[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Probabilities per category for a hashed document. */
    public double[] predict(FeatureVector v) {
        double[] z = new double[CATEGORIES];
        for (int c = 0; c < CATEGORIES; c++) {
            z[c] = bias[c];
        }
        if (v.size() > 0) {
            double x = 1.0 / Math.sqrt(v.size());
            for (int i = 0; i < v.size(); i++) {
                int row = rowOf(v.hash(i));
                if (row >= 0) {
                    int at = row * CATEGORIES;
                    for (int c = 0; c < CATEGORIES; c++) {
                        z[c] += flatRows[at + c] * x;
                    }
                }
            }
        }
        double[] p = new double[CATEGORIES];
        for (int c = 0; c < CATEGORIES; c++) {
            p[c] = 1.0 / (1.0 + Math.exp(-z[c]));
        }
        return p;
    }

    public String version() {
        return version;
    }

    public int featureCount() {
        return weights.size();
    }

    public float[] weightsOf(String feature) {
        return weights.get(feature);
    }

    /** Probabilities per category (ViolationCategory ordinal order). */
    public double[] predict(Iterable<String> features, int featureCount) {
        double[] z = new double[CATEGORIES];
        for (int c = 0; c < CATEGORIES; c++) {
            z[c] = bias[c];
        }
        if (featureCount > 0) {
            double x = 1.0 / Math.sqrt(featureCount);
            for (String f : features) {
                float[] w = weights.get(f);
                if (w != null) {
                    for (int c = 0; c < CATEGORIES; c++) {
                        z[c] += w[c] * x;
                    }
                }
            }
        }
        double[] p = new double[CATEGORIES];
        for (int c = 0; c < CATEGORIES; c++) {
            p[c] = 1.0 / (1.0 + Math.exp(-z[c]));
        }
        return p;
    }

    public void write(Writer out) throws IOException {
        out.write("# marketguard classifier: one-vs-rest logistic regression; columns in ViolationCategory order\n");
        out.write("version\t" + version + "\n");
        out.write("bias");
        for (float b : bias) {
            out.write("\t" + fmt(b));
        }
        out.write("\n");
        for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(weights).entrySet()) {
            out.write(e.getKey());
            for (float w : e.getValue()) {
                out.write("\t" + fmt(w));
            }
            out.write("\n");
        }
    }

    private static String fmt(float f) {
        return String.format(Locale.ROOT, "%.4f", f);
    }

    public static LinearModel loadDefault() {
        try (InputStream in = LinearModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE
                        + " (train it: see functions/screening-engine/README.md)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classifier model", e);
        }
    }

    public static LinearModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = "unversioned";
        float[] bias = new float[CATEGORIES];
        Map<String, float[]> weights = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts[0].equals("version")) {
                version = parts[1];
                continue;
            }
            if (parts.length != CATEGORIES + 1) {
                throw new IOException("bad model line: " + line);
            }
            float[] w = new float[CATEGORIES];
            for (int c = 0; c < CATEGORIES; c++) {
                w[c] = Float.parseFloat(parts[c + 1]);
            }
            if (parts[0].equals("bias")) {
                bias = w;
            } else {
                weights.put(parts[0], w);
            }
        }
        return new LinearModel(version, bias, weights);
    }
}
