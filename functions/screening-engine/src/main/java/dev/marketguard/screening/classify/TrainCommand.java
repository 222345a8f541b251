package dev.marketguard.screening.classify;

import dev.marketguard.core.screening.Submission;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.JapaneseAnalyzer;
import dev.marketguard.screening.evaluation.CorpusItem;
import dev.marketguard.screening.evaluation.CorpusReader;
import dev.marketguard.screening.evaluation.HeldOutSplit;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Trains the classifier from the labelled corpus, on the training side of {@link HeldOutSplit}
 * only (the held-out side and the obfuscation suite are for evaluation), and writes the model
 * resource. Usage: {@code TrainCommand [corpusDir] [modelOut]}.
 */
public final class TrainCommand {
    public static final String MODEL_PATH = "src/main/resources/marketguard/classifier-model.tsv";

    private TrainCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = CorpusReader.locate(args.length > 0 ? args[0] : null);
        Path out = args.length > 1 ? Path.of(args[1]) : corpus.toAbsolutePath().getParent().resolve(MODEL_PATH);
        List<CorpusItem> items = new CorpusReader(System.err).readLabelled(corpus);
        HeldOutSplit split = HeldOutSplit.standard();
        JapaneseAnalyzer analyzer = new JapaneseAnalyzer();
        List<Trainer.Example> examples = new ArrayList<>();
        CRC32 crc = new CRC32();
        for (CorpusItem item : items) {
            if (split.isHeldOut(item.id())) {
                continue;
            }
            examples.add(new Trainer.Example(features(analyzer, item.submission()).keySet(), item.labels()));
            crc.update(item.id().getBytes(StandardCharsets.UTF_8));
        }
        String version = "lr-" + examples.size() + "-" + Long.toHexString(crc.getValue());
        LinearModel model = Trainer.standard().train(examples, version);
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        System.out.println("trained " + version + " on " + examples.size() + " documents, "
                + model.featureCount() + " features -> " + out);
    }

    static Map<String, int[]> features(JapaneseAnalyzer analyzer, Submission s) {
        List<AnalyzedField> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : s.textFields().entrySet()) {
            fields.add(analyzer.analyze(e.getKey(), e.getValue()));
        }
        return new FeatureExtractor().extract(fields);
    }
}
