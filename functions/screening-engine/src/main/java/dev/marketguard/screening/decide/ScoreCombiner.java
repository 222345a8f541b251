package dev.marketguard.screening.decide;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Evidence;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.Violation;
import dev.marketguard.core.screening.Warning;
import dev.marketguard.screening.Thresholds;
import dev.marketguard.screening.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns findings and classifier probabilities into a verdict. Per category, the rules combine as
 * a noisy-OR of their weights (each rule counted once, at its weight), and the classifier adds
 * one more independent input scaled by {@code modelWeight}, so it can raise a case to review
 * but never decide alone against the rules: combined = 1 - (1 - rules) * (1 - modelWeight * p).
 * It weighs against words too: a category resting on weak words alone that the classifier reads
 * as ordinary is pulled down ({@link #DISAGREEMENT_BELOW}); and a block that rests on phrase
 * rules alone needs its agreement ({@link #BLOCK_CORROBORATION}), else the case goes to review.
 */
public final class ScoreCombiner {
    private static final int MAX_EVIDENCE = 8;
    /**
     * A block is automatic, so it needs the thing itself (a concrete finding: a number, address,
     * ID, link or structured field) or two signals that agree: where a category rests on phrase
     * rules alone and the classifier gives it less than this, the case goes to a person instead.
     * On fresh text the phrase rules' false blocks were mostly refusals and honest mentions the
     * classifier scored under 0.1 (engine README, "Decisions written down here").
     */
    static final double BLOCK_CORROBORATION = 0.1;

    /**
     * Where a category other than direct trading rests on words alone (no concrete finding) and
     * the classifier gives it less than this, the classifier's reading counts against the words:
     * their score is pulled down in log-odds, {@code logit(score) = logit(rules) +}
     * {@code DISAGREEMENT_WEIGHT * (logit(max(p, P_FLOOR)) - logit(DISAGREEMENT_BELOW))}. The
     * floor bounds the pull (1.43 in log-odds), so rules of weight 0.81 or more, or two that agree,
     * still reach review whatever the classifier says: one weighted input, not a veto. On writers
     * the engine had never met, most false reviews were words-only hits the classifier scored
     * under 0.05, and few true violations rested on such hits alone (engine README, "Decisions
     * written down here"). Direct trading is left out: its words ("please call", "the address in
     * romaji") often stand beside a contact detail spelled in a way no detector reads.
     */
    static final double DISAGREEMENT_BELOW = 0.15;
    static final double DISAGREEMENT_WEIGHT = 0.5;
    static final double P_FLOOR = 0.01;

    private final Thresholds thresholds;
    private final double modelWeight;
    private final Map<String, String> warningMessages;

    public ScoreCombiner(Thresholds thresholds, double modelWeight, Map<String, String> warningMessages) {
        this.thresholds = thresholds;
        this.modelWeight = modelWeight;
        this.warningMessages = Map.copyOf(warningMessages);
    }

    /** Model evidence for one category: original-text spans of the features that pushed it up most. */
    public interface ModelEvidence {
        List<Evidence> top(ViolationCategory category, int limit);
    }

    /** As the full {@link #combine}, with one reading of the classifier for both review and block. */
    public Assessment combine(Submission submission, List<Finding> findings, Set<ViolationCategory> refused,
                              double[] modelProbabilities, ModelEvidence modelEvidence, Map<String, String> fieldTexts,
                              String rulesetVersion) {
        return combine(submission, findings, refused, modelProbabilities, modelProbabilities, modelEvidence, fieldTexts,
                rulesetVersion);
    }

    /**
     * {@code refused} are categories whose findings the text itself refuses or warns about (see
     * {@code FindingSink#refusedCategories}). Without a finding of their own left, the classifier
     * does not count for them: it reads the words of the violation, not the refusal.
     * {@code passageProbabilities} is the classifier's reading with passages read
     * ({@code PassageReading}): it decides review; a block rests on the whole document's reading,
     * {@code documentProbabilities}, since one passage read on its own is evidence for a person to
     * look at, not for an automatic rejection.
     */
    public Assessment combine(Submission submission, List<Finding> findings, Set<ViolationCategory> refused,
                              double[] documentProbabilities, double[] passageProbabilities, ModelEvidence modelEvidence,
                              Map<String, String> fieldTexts, String rulesetVersion) {
        boolean contactAllowed = submission instanceof Submission.Message m && m.contactExchangeAllowed();
        Map<ViolationCategory, Map<String, Double>> ruleWeights = new HashMap<>();
        Map<ViolationCategory, List<Finding>> byCategory = new HashMap<>();
        Map<String, Warning> warnings = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (contactAllowed && f.contactExchange()) {
                continue;
            }
            ruleWeights.computeIfAbsent(f.category(), k -> new HashMap<>()).merge(f.rule(), f.score(), Math::max);
            byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
            if (f.warningCode() != null) {
                warnings.putIfAbsent(f.warningCode(), new Warning(f.warningCode(),
                        warningMessages.getOrDefault(f.warningCode(), f.warningCode())));
            }
        }
        List<Violation> violations = new ArrayList<>();
        Decision decision = Decision.ALLOW;
        for (ViolationCategory c : ViolationCategory.values()) {
            Map<String, Double> rules = ruleWeights.getOrDefault(c, Map.of());
            double keep = 1.0;
            String strongest = null;
            double strongestWeight = 0;
            for (Map.Entry<String, Double> e : rules.entrySet()) {
                keep *= 1 - e.getValue();
                if (e.getValue() > strongestWeight || e.getValue() == strongestWeight && strongest != null
                        && e.getKey().compareTo(strongest) < 0) {
                    strongest = e.getKey();
                    strongestWeight = e.getValue();
                }
            }
            // the model cannot tell allowed contact exchange from a violation (only rules may), nor a refusal
            boolean modelSilent = rules.isEmpty() && (contactAllowed && c == ViolationCategory.DIRECT_TRADING
                    || refused.contains(c));
            double p = modelSilent || passageProbabilities == null ? 0 : passageProbabilities[c.ordinal()];
            double pDocument = modelSilent || documentProbabilities == null ? 0 : documentProbabilities[c.ordinal()];
            boolean concrete = anyConcrete(byCategory.get(c));
            boolean mayBePulled = documentProbabilities != null && c != ViolationCategory.DIRECT_TRADING && !concrete;
            double model = modelWeight * p;
            double score = score(keep, p, mayBePulled);
            double documentScore = pDocument == p ? score : score(keep, pDocument, mayBePulled);
            if (score < thresholds.review()) {
                continue;
            }
            String rule = strongest;
            if (rule == null || model > strongestWeight) {
                rule = "model." + c.name().toLowerCase(Locale.ROOT);
            }
            List<Evidence> evidence = evidence(byCategory.getOrDefault(c, List.of()), fieldTexts);
            if (evidence.isEmpty() && modelEvidence != null) {
                evidence = modelEvidence.top(c, 3);
            }
            violations.add(new Violation(c, rule, round(score), evidence));
            Decision d = documentScore >= thresholds.block() ? Decision.BLOCK : Decision.REVIEW;
            if (d == Decision.BLOCK && pDocument < BLOCK_CORROBORATION && !concrete) {
                d = Decision.REVIEW; // words alone, and the classifier does not read them as a violation
            }
            if (d.ordinal() > decision.ordinal()) {
                decision = d;
            }
        }
        return new Assessment(decision, violations, new ArrayList<>(warnings.values()), rulesetVersion);
    }

    private static List<Evidence> evidence(List<Finding> findings, Map<String, String> fieldTexts) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingDouble(Finding::score).reversed()
                .thenComparing(Finding::field).thenComparingInt(Finding::start));
        List<Evidence> out = new ArrayList<>();
        List<int[]> seen = new ArrayList<>();
        Map<String, Integer> fieldIds = new HashMap<>();
        for (Finding f : sorted) {
            String text = fieldTexts.get(f.field());
            if (text == null || f.end() > text.length() || f.end() <= f.start()) {
                continue;
            }
            int fid = fieldIds.computeIfAbsent(f.field(), k -> fieldIds.size());
            boolean dup = false;
            for (int[] s : seen) {
                if (s[0] == fid && f.start() < s[2] && s[1] < f.end()) {
                    dup = true;
                    break;
                }
            }
            if (dup) {
                continue;
            }
            seen.add(new int[] {fid, f.start(), f.end()});
            out.add(Evidence.of(f.field(), text, f.start(), f.end()));
            if (out.size() == MAX_EVIDENCE) {
                break;
            }
        }
        out.sort(Comparator.comparing(Evidence::field).thenComparingInt(Evidence::start));
        return out;
    }

    /**
     * A category's score from the rules' {@code keep} (the product of 1 - weight) and the model's
     * probability: the noisy-OR, or the pull where words alone ({@code mayBePulled}: a model, no
     * concrete finding, not direct trading) meet a classifier that reads the text as ordinary.
     */
    private double score(double keep, double p, boolean mayBePulled) {
        if (keep < 1 && mayBePulled && modelWeight > 0 && p < DISAGREEMENT_BELOW) {
            return pulledDown(1 - keep, p);
        }
        return 1 - keep * (1 - modelWeight * p);
    }

    private static double pulledDown(double rules, double p) {
        double z = logit(rules) + DISAGREEMENT_WEIGHT * (logit(Math.max(p, P_FLOOR)) - logit(DISAGREEMENT_BELOW));
        return 1 / (1 + Math.exp(-z));
    }

    private static double logit(double x) {
        double clamped = Math.min(Math.max(x, 1e-6), 1 - 1e-6);
        return Math.log(clamped / (1 - clamped));
    }

    private static boolean anyConcrete(List<Finding> findings) {
        if (findings != null) {
            for (Finding f : findings) {
                if (f.isConcrete()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
