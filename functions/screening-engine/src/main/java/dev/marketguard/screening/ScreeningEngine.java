package dev.marketguard.screening;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Screener;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.JapaneseAnalyzer;
import dev.marketguard.screening.classify.FeatureExtractor;
import dev.marketguard.screening.classify.FeatureVector;
import dev.marketguard.screening.classify.LinearModel;
import dev.marketguard.screening.classify.PassageReading;
import dev.marketguard.screening.decide.ScoreCombiner;
import dev.marketguard.screening.detect.AnalyzedSubject;
import dev.marketguard.screening.detect.BankAccountDetector;
import dev.marketguard.screening.detect.ContactRecipeDetector;
import dev.marketguard.screening.detect.Detector;
import dev.marketguard.screening.detect.EmailDetector;
import dev.marketguard.screening.detect.FindingSink;
import dev.marketguard.screening.detect.MessengerIdDetector;
import dev.marketguard.screening.detect.PhoneNumberDetector;
import dev.marketguard.screening.detect.RewardFieldDetector;
import dev.marketguard.screening.detect.UrlDetector;
import dev.marketguard.screening.rules.CompiledRuleset;
import dev.marketguard.screening.rules.Rule;
import dev.marketguard.screening.rules.RuleMatcher;
import dev.marketguard.screening.rules.Ruleset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening engine: analyse each text field once (normalise with an offset map, tokenise
 * with Kuromoji), let every detector read the shared analysis, score the classifier on the same
 * tokens, and combine everything into a verdict. Thread-safe; holds no per-call state.
 */
public final class ScreeningEngine implements Screener {
    /** How much the classifier's probability counts next to the rules (see {@link ScoreCombiner}). */
    public static final double MODEL_WEIGHT = 0.8;

    private static final String PRIMING_TEXT = "【急募】ロゴデザインのお仕事です。詳細はLINE（ID: sample_01）か"
            + "090-1234-5678までご連絡ください。報酬は成果報酬、テストライティングは無償でお願いします。";

    private final JapaneseAnalyzer analyzer;
    private final List<Detector> detectors;
    private final RuleMatcher ruleMatcher;
    private final FeatureExtractor features = new FeatureExtractor();
    /** Each thread's feature vector, refilled by every screening on that thread (see {@link #screen}). */
    private final ThreadLocal<FeatureVector> featureVectors = ThreadLocal.withInitial(FeatureVector::new);
    /** Each thread's vector for passages (the document's own stays intact for model evidence). */
    private final ThreadLocal<FeatureVector> passageVectors = ThreadLocal.withInitial(FeatureVector::new);
    private final LinearModel model;
    private final PassageReading passages;
    private final ScoreCombiner combiner;
    private final Thresholds thresholds;
    private final String rulesetVersion;

    private ScreeningEngine(Thresholds thresholds, JapaneseAnalyzer analyzer, RuleMatcher ruleMatcher, LinearModel model,
                            double modelWeight) {
        Ruleset ruleset = ruleMatcher.ruleset();
        this.thresholds = thresholds;
        this.analyzer = analyzer;
        this.ruleMatcher = ruleMatcher;
        this.detectors = List.of(new PhoneNumberDetector(), new EmailDetector(), new MessengerIdDetector(),
                new UrlDetector(), new ContactRecipeDetector(), new BankAccountDetector(), new RewardFieldDetector(), ruleMatcher);
        this.model = model;
        this.passages = new PassageReading(model, features);
        Map<String, String> warningMessages = new HashMap<>();
        for (Rule r : ruleset.rules()) {
            if (r.warning() != null) {
                warningMessages.putIfAbsent(r.warning().code(), r.warning().message());
            }
        }
        this.combiner = new ScoreCombiner(thresholds, modelWeight, warningMessages);
        this.rulesetVersion = ruleset.version() + "+" + model.version();
    }

    /** Loads dictionary, ruleset and model, and screens a sample once so the first real call is warm. */
    public static ScreeningEngine load(Thresholds thresholds) {
        return load(thresholds, MODEL_WEIGHT);
    }

    /** As {@link #load(Thresholds)}, with the classifier's weight in the combination (0 = rules only); for evaluation. */
    public static ScreeningEngine load(Thresholds thresholds, double modelWeight) {
        if (!(modelWeight >= 0 && modelWeight < 1)) {
            throw new IllegalArgumentException("model weight must be in [0, 1), was " + modelWeight);
        }
        // Kuromoji's system dictionary is the longest single step: a second thread loads it first, then
        // builds and primes the analyser and libphonenumber, while this one reads the compiled ruleset,
        // Kuromoji's connection costs (before the other thread needs them) and the model.
        java.util.concurrent.CompletableFuture<JapaneseAnalyzer> loaded =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    JapaneseAnalyzer.loadSystemDictionary();
                    JapaneseAnalyzer a = new JapaneseAnalyzer();
                    a.analyze("priming", PRIMING_TEXT);
                    PhoneNumberDetector.warmUp();
                    return a;
                }, ScreeningEngine::startLoaderThread);
        RuleMatcher matcher = CompiledRuleset.loadDefault();
        JapaneseAnalyzer.loadConnectionCosts();
        LinearModel model = LinearModel.loadDefault();
        JapaneseAnalyzer analyzer = loaded.join();
        ScreeningEngine engine = new ScreeningEngine(thresholds, analyzer, matcher, model, modelWeight);
        engine.prime();
        return engine;
    }


    private static void startLoaderThread(Runnable runnable) {
        Thread t = new Thread(runnable, "marketguard-engine-load");
        t.setDaemon(true);
        t.start();
    }

    /** Default thresholds (0.5 / 0.85); use {@link #load(Thresholds)} with {@link Thresholds#fromEnvironment} for configured ones. */
    public static ScreeningEngine loadDefault() {
        return load(Thresholds.defaults());
    }

    /** For tests and tools: an engine on a given ruleset and model, not primed. */
    public static ScreeningEngine of(Thresholds thresholds, Ruleset ruleset, LinearModel model) {
        return new ScreeningEngine(thresholds, new JapaneseAnalyzer(), new RuleMatcher(ruleset), model, MODEL_WEIGHT);
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    private void prime() {
        screen(new Submission.Posting("priming", "priming", "サンプル", PRIMING_TEXT,
                dev.marketguard.core.screening.WorkStyle.PROJECT, null));
    }

    @Override
    public Assessment screen(Submission submission) {
        AnalyzedSubject subject = analyze(submission);
        FindingSink sink = new FindingSink();
        for (Detector d : detectors) {
            d.detect(subject, sink);
        }
        // valid until this thread's next screening: used only within this call (incl. model evidence)
        FeatureVector feats = features.extractHashed(subject.fields(), featureVectors.get());
        double[] probabilities = model.predict(feats);
        double[] withPassages = passages.apply(subject.fields(), probabilities, passageVectors.get());
        Map<String, String> texts = new LinkedHashMap<>(submission.textFields());
        if (submission instanceof Submission.Posting p && p.reward() != null) {
            texts.put("reward.type", p.reward().type().code());
        }
        ScoreCombiner.ModelEvidence evidence = (category, limit) -> modelEvidence(subject, feats, category, limit);
        return combiner.combine(submission, sink.findings(), sink.refusedCategories(), probabilities, withPassages,
                evidence, texts, rulesetVersion);
    }

    /** Analyses every text field once; the result is what all detectors and the classifier share. */
    public AnalyzedSubject analyze(Submission submission) {
        List<AnalyzedField> fields = new ArrayList<>(2);
        for (Map.Entry<String, String> e : submission.textFields().entrySet()) {
            fields.add(analyzer.analyze(e.getKey(), e.getValue()));
        }
        return new AnalyzedSubject(submission, fields);
    }

    /** Classifier-only violations still show where: the features that pushed the category up most. */
    private List<Evidence> modelEvidence(AnalyzedSubject subject, FeatureVector feats, ViolationCategory c, int limit) {
        List<int[]> ranked = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (int i = 0; i < feats.size(); i++) {
            float[] w = model.weightsOf(feats.hash(i));
            if (w != null && w[c.ordinal()] > 0) {
                ranked.add(new int[] {i});
                weights.add(w[c.ordinal()]);
            }
        }
        Integer[] order = new Integer[ranked.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(weights.get(b), weights.get(a)));
        List<Evidence> out = new ArrayList<>();
        for (int o : order) {
            int i = ranked.get(o)[0];
            AnalyzedField field = subject.fields().get(feats.field(i));
            int[] span = field.normalized().toOriginal(feats.start(i), feats.end(i));
            if (span[1] <= span[0]) {
                continue;
            }
            Evidence ev = Evidence.of(field.name(), field.original(), span[0], span[1]);
            boolean overlaps = false;
            for (Evidence e : out) {
                overlaps |= e.field().equals(ev.field()) && e.start() < ev.end() && ev.start() < e.end();
            }
            if (!overlaps) {
                out.add(ev);
            }
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }
}
