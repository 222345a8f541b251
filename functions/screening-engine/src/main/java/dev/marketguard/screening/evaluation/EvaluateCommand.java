package dev.marketguard.screening.evaluation;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints per-category precision, recall and F1 and the clean false-block / false-review rates
 * on the held-out split (which the classifier never trained on), plus the obfuscation suite's
 * catch rate. Usage: {@code EvaluateCommand [corpusDir] [--misses] [--all] [--model-weight=0.8]}; thresholds from the
 * environment (REVIEW_THRESHOLD / BLOCK_THRESHOLD).
 */
public final class EvaluateCommand {
    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        String dir = null;
        boolean showMisses = false;
        boolean all = false;
        double modelWeight = ScreeningEngine.MODEL_WEIGHT;
        for (String a : args) {
            if (a.startsWith("--model-weight=")) {
                modelWeight = Double.parseDouble(a.substring("--model-weight=".length()));
            } else if (a.equals("--misses")) {
                showMisses = true;
            } else if (a.equals("--all")) {
                all = true;
            } else {
                dir = a;
            }
        }
        Path corpus = CorpusReader.locate(dir);
        CorpusReader reader = new CorpusReader(System.err);
        List<CorpusItem> items = reader.readLabelled(corpus);
        HeldOutSplit split = HeldOutSplit.standard();
        boolean everything = all;
        List<CorpusItem> heldOut = items.stream().filter(i -> everything || split.isHeldOut(i.id())).toList();
        List<CorpusItem> obfuscation = reader.readObfuscation(corpus);
        ScreeningEngine engine = ScreeningEngine.load(Thresholds.fromEnvironment(System.getenv()), modelWeight);
        Evaluator evaluator = new Evaluator();
        Evaluator.Report report = evaluator.evaluate(engine, heldOut);
        Evaluator.ObfuscationReport obf = evaluator.evaluateObfuscation(engine, obfuscation);
        print(System.out, engine, report, obf, items.size(), all);
        if (showMisses) {
            for (Evaluator.Miss m : report.misses()) {
                System.out.println("miss " + m.id() + " expected=" + m.expected() + " predicted=" + m.predicted()
                        + " decision=" + m.decision().code());
            }
            for (String id : obf.missed()) {
                System.out.println("obfuscation-miss " + id);
            }
        }
    }

    static void print(PrintStream out, ScreeningEngine engine, Evaluator.Report r, Evaluator.ObfuscationReport obf,
                      int corpusSize, boolean all) {
        out.printf(Locale.ROOT, "ruleset %s, thresholds review %.2f / block %.2f%n", engine.rulesetVersion(),
                engine.thresholds().review(), engine.thresholds().block());
        out.printf(Locale.ROOT, "%s: %d of %d corpus items (%d clean)%n", all ? "whole corpus (includes training items)"
                : "held-out split", r.items(), corpusSize, r.cleanItems());
        out.printf(Locale.ROOT, "%-26s %7s %9s %7s %7s%n", "category", "support", "precision", "recall", "F1");
        for (ViolationCategory c : ViolationCategory.values()) {
            Evaluator.CategoryMetrics m = r.categories().get(c);
            out.printf(Locale.ROOT, "%-26s %7d %9.3f %7.3f %7.3f%n", c.name(), m.support(), m.precision(), m.recall(), m.f1());
        }
        out.printf(Locale.ROOT, "%-26s %7s %9.3f %7.3f%n", "macro", "", r.macroPrecision(), r.macroRecall());
        out.printf(Locale.ROOT, "clean false-block rate  %.3f (%d/%d)%n", r.falseBlockRate(), r.cleanBlocked(), r.cleanItems());
        out.printf(Locale.ROOT, "clean false-review rate %.3f (%d/%d)%n", r.falseReviewRate(), r.cleanReviewed(), r.cleanItems());
        out.printf(Locale.ROOT, "obfuscation suite caught %.3f (%d/%d)%n", obf.catchRate(), obf.caught(), obf.items());
    }
}
