package dev.marketguard.screening.evaluation;

import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Explains the verdicts on chosen corpus items (for rule and model work): the decision, every
 * violation with its rule, score and evidence. Usage: {@code ExplainCommand [corpusDir] id...}.
 */
public final class ExplainCommand {
    private ExplainCommand() {
    }

    public static void main(String[] args) throws IOException {
        boolean dirFirst = args.length > 0 && java.nio.file.Files.isDirectory(Path.of(args[0]));
        Path corpus = CorpusReader.locate(dirFirst ? args[0] : null);
        Set<String> ids = Set.of(dirFirst ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
        CorpusReader reader = new CorpusReader(System.err);
        List<CorpusItem> items = new java.util.ArrayList<>(reader.readLabelled(corpus));
        items.addAll(reader.readObfuscation(corpus));
        ScreeningEngine engine = ScreeningEngine.load(Thresholds.fromEnvironment(System.getenv()));
        for (CorpusItem item : items) {
            if (!ids.contains(item.id())) {
                continue;
            }
            Assessment a = engine.screen(item.submission());
            System.out.println("== " + item.id() + " labels=" + item.labels() + " -> " + a.decision().code());
            for (Violation v : a.violations()) {
                System.out.println("   " + v.category() + " " + v.rule() + " " + v.score() + " "
                        + v.evidence().stream().map(e -> e.field() + ":" + e.text().replace("\n", "⏎")).toList());
            }
            System.out.println("   text: " + item.submission().textFields().values().toString().replace("\n", "⏎"));
        }
    }
}
