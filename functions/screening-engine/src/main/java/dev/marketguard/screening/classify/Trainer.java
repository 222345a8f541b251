package dev.marketguard.screening.classify;

import dev.marketguard.core.category.ViolationCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains {@link LinearModel}: per category, an L2-regularised logistic regression by full-batch
 * AdaGrad over the training documents. No randomness, fixed iteration order: the same corpus
 * gives the same model, byte for byte.
 */
public final class Trainer {
    /** A training document: its feature set and its true categories. */
    public record Example(Set<String> features, Set<ViolationCategory> labels) {
    }

    private final int minDocumentFrequency;
    private final int epochs;
    private final double l2;
    private final double learningRate;
    private final double positiveWeightCap;

    public Trainer(int minDocumentFrequency, int epochs, double l2, double learningRate, double positiveWeightCap) {
        this.minDocumentFrequency = minDocumentFrequency;
        this.epochs = epochs;
        this.l2 = l2;
        this.learningRate = learningRate;
        this.positiveWeightCap = positiveWeightCap;
    }

    public static Trainer standard() {
        return new Trainer(2, 300, 0.05, 0.5, 3.0);
    }

    public LinearModel train(List<Example> examples, String version) {
        // vocabulary: features seen in at least minDocumentFrequency documents, in sorted order
        Map<String, Integer> df = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                df.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocab = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= minDocumentFrequency) {
                vocab.put(e.getKey(), names.size());
                names.add(e.getKey());
            }
        }
        int n = examples.size();
        int[][] docs = new int[n][];
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            Set<String> fs = examples.get(i).features();
            scale[i] = fs.isEmpty() ? 0 : 1.0 / Math.sqrt(fs.size());
            docs[i] = fs.stream().filter(vocab::containsKey).mapToInt(vocab::get).sorted().toArray();
        }
        int categories = LinearModel.CATEGORIES;
        float[][] w = new float[names.size()][categories];
        float[] bias = new float[categories];
        for (ViolationCategory c : ViolationCategory.values()) {
            int ci = c.ordinal();
            int positives = 0;
            for (Example e : examples) {
                positives += e.labels().contains(c) ? 1 : 0;
            }
            if (positives == 0) {
                bias[ci] = -6f;
                continue;
            }
            double posWeight = Math.min(positiveWeightCap, Math.sqrt((double) (n - positives) / positives));
            double[] weights = new double[names.size()];
            double[] g2 = new double[names.size()];
            double b = Math.log((double) positives / (n - positives + 1e-9));
            double bg2 = 0;
            double[] grad = new double[names.size()];
            for (int epoch = 0; epoch < epochs; epoch++) {
                java.util.Arrays.fill(grad, 0);
                double bgrad = 0;
                for (int i = 0; i < n; i++) {
                    double z = b;
                    for (int f : docs[i]) {
                        z += weights[f] * scale[i];
                    }
                    double p = 1 / (1 + Math.exp(-z));
                    boolean y = examples.get(i).labels().contains(c);
                    double err = (p - (y ? 1 : 0)) * (y ? posWeight : 1);
                    bgrad += err;
                    for (int f : docs[i]) {
                        grad[f] += err * scale[i];
                    }
                }
                for (int f = 0; f < weights.length; f++) {
                    double g = grad[f] + l2 * weights[f];
                    g2[f] += g * g;
                    weights[f] -= learningRate * g / (Math.sqrt(g2[f]) + 1e-8);
                }
                bg2 += bgrad * bgrad;
                b -= learningRate * bgrad / (Math.sqrt(bg2) + 1e-8);
            }
            for (int f = 0; f < weights.length; f++) {
                w[f][ci] = (float) weights[f];
            }
            bias[ci] = (float) b;
        }
        Map<String, float[]> kept = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            float max = 0;
            for (float x : w[f]) {
                max = Math.max(max, Math.abs(x));
            }
            if (max >= 0.01f) {
                kept.put(names.get(f), w[f]);
            }
        }
        return new LinearModel(version, bias, kept);
    }
}
