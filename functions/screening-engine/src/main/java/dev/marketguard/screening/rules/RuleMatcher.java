package dev.marketguard.screening.rules;

import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.JapaneseAnalyzer;
import dev.marketguard.screening.analysis.NormalizedText;
import dev.marketguard.screening.analysis.PhraseAutomaton;
import dev.marketguard.screening.analysis.TextNormalizer;
import dev.marketguard.screening.analysis.Token;
import dev.marketguard.screening.detect.AnalyzedSubject;
import dev.marketguard.screening.detect.Detector;
import dev.marketguard.screening.detect.FindingSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the whole ruleset to an analysed subject. Every distinct pattern is compiled once at
 * load: phrases into one {@link PhraseTable} (its automaton finds all of them in one pass), regexes
 * into {@link PrefilteredRegex}es, lemma sequences into a first-lemma index. Per field, one
 * automaton pass, one pass per regex and one pass over the shared tokens collect pattern hits;
 * rules are then plain lookups over those hits.
 */
public final class RuleMatcher implements Detector {
    private final Ruleset ruleset;
    private final PhraseTable phrases;
    /**
     * For the slot of a gapped chain's later part, the slot of the part before it; -1 for every
     * other slot. A later part's hit is only recorded after a hit of the part before it has ended
     * (hits arrive ordered by end), since no chain could use it otherwise: a chain's single-kana
     * parts (「… <10> (で|を)」) hit everywhere.
     */
    private final int[] previousPart;
    /** The ruleset's compound words (null when it lists none): phrase hits may not cut into them. */
    private final PhraseAutomaton compounds;
    private final PrefilteredRegex[] regexes;
    private final int[] regexPattern;
    private final Map<String, List<int[]>> lemmaIndex;
    private final String[][] lemmaSeqs;
    private final int[] lemmaPattern;
    private final CompiledRule[] rules;

    private record CompiledContext(int window, int[] patterns) {
    }

    private record CompiledRule(Rule rule, int[] anchors, CompiledContext[] near, CompiledContext[] unless) {
    }

    /** Compiles the ruleset, phrase table included (see {@link CompiledRuleset} for the build's precompiled one). */
    public RuleMatcher(Ruleset ruleset) {
        this(ruleset, null);
    }

    /** With the phrase table the build compiled from this same ruleset, or null to compile it now. */
    RuleMatcher(Ruleset ruleset, PhraseTable precompiled) {
        this.ruleset = ruleset;
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<CompiledRule> compiled = new ArrayList<>();
        for (Rule r : ruleset.rules()) {
            compiled.add(new CompiledRule(r, intern(r.patterns(), ids), contexts(r.near(), ids), contexts(r.unless(), ids)));
        }
        this.rules = compiled.toArray(new CompiledRule[0]);
        List<String> phrasePatterns = new ArrayList<>();
        List<Integer> phraseIds = new ArrayList<>();
        List<PrefilteredRegex> regexList = new ArrayList<>();
        List<Integer> regexIds = new ArrayList<>();
        List<String[]> lemmaList = new ArrayList<>();
        List<Integer> lemmaIds = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            String p = e.getKey();
            int id = e.getValue();
            if (p.startsWith("re:")) {
                regexList.add(new PrefilteredRegex(kanaFoldRegex(p.substring(3))));
                regexIds.add(id);
            } else if (p.startsWith("lemma:")) {
                String[] seq = p.substring(6).trim().split("\\s+");
                for (int i = 0; i < seq.length; i++) {
                    seq[i] = JapaneseAnalyzer.matchKey(seq[i]);
                }
                lemmaList.add(seq);
                lemmaIds.add(id);
            } else if (precompiled == null) {
                phrasePatterns.add(p);
                phraseIds.add(id);
            }
        }
        this.phrases = precompiled != null ? precompiled
                : PhraseTable.compile(phrasePatterns, Ints.toArray(phraseIds), ids.size());
        this.previousPart = new int[phrases.slotCount];
        java.util.Arrays.fill(previousPart, -1);
        for (PhraseTable.Chain c : phrases.chains) {
            for (int p = 1; p < c.parts().length; p++) {
                previousPart[c.parts()[p]] = c.parts()[p - 1];
            }
        }
        List<String> compoundLiterals = new ArrayList<>();
        for (String word : ruleset.compoundWords()) {
            compoundLiterals.addAll(PatternSyntax.expand(word, word));
        }
        this.compounds = compoundLiterals.isEmpty() ? null : new PhraseAutomaton(compoundLiterals);
        this.regexes = regexList.toArray(new PrefilteredRegex[0]);
        this.regexPattern = Ints.toArray(regexIds);
        this.lemmaSeqs = lemmaList.toArray(new String[0][]);
        this.lemmaPattern = Ints.toArray(lemmaIds);
        this.lemmaIndex = new HashMap<>();
        for (int i = 0; i < lemmaSeqs.length; i++) {
            lemmaIndex.computeIfAbsent(lemmaSeqs[i][0], k -> new ArrayList<>()).add(new int[] {i});
        }
    }

    /** The compiled phrase patterns, for the build to ship ({@link CompiledRuleset}). */
    PhraseTable phraseTable() {
        return phrases;
    }

    /** How many literal phrases the automaton holds (for diagnostics). */
    public int phraseCount() {
        return phrases.phraseInfo.length;
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        List<AnalyzedField> fields = subject.fields();
        Hits[] hits = pooledHits(fields.size());
        for (int f = 0; f < fields.size(); f++) {
            collect(fields.get(f), hits[f]);
        }
        for (CompiledRule cr : rules) {
            Rule r = cr.rule();
            if (r.scope() == Rule.Scope.POSTING && !subject.isPosting()
                    || r.scope() == Rule.Scope.MESSAGE && !subject.isMessage()
                    || r.projectOnly() && subject.submission().workStyle() != WorkStyle.PROJECT) {
                continue;
            }
            for (int f = 0; f < fields.size(); f++) {
                for (int a : cr.anchors()) {
                    int[] spans = hits[f].spans(a);
                    for (int k = 0, n = hits[f].size(a); k < n; k += 2) {
                        int s = spans[k];
                        int e = spans[k + 1];
                        int[] context = {-1, -1, -1};
                        if (!allNear(cr.near(), hits, f, s, e, context)) {
                            continue;
                        }
                        if (anyNear(cr.unless(), hits, f, s, e)) {
                            continue;
                        }
                        AnalyzedField field = fields.get(f);
                        if (r.isRefusalContext()) {
                            sink.refuse(r.id(), field, hits[f].view, s, e, r.suppressFindings(), r.coversList());
                            continue;
                        }
                        if (r.clearsClassifier()) {
                            sink.clearClassifier(r.id(), r.category());
                            continue;
                        }
                        if (r.isContactContext()) {
                            sink.suppressContacts(r.id(), field, hits[f].view, s, e, r.suppressContact(), r.suppressConcrete());
                            continue;
                        }
                        String warning = r.warning() == null ? null : r.warning().code();
                        var finding = sink.add(r.category(), r.id(), r.weight(), field, hits[f].view, s, e,
                                r.contactExchange(), warning);
                        if (context[0] >= 0) {
                            sink.addBeside(finding, fields.get(context[0]), hits[context[0]].view, context[1], context[2]);
                        }
                    }
                }
            }
        }
    }

    private static boolean allNear(CompiledContext[] groups, Hits[] hits, int f, int s, int e, int[] context) {
        for (CompiledContext g : groups) {
            if (!near(g, hits, f, s, e, context)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyNear(CompiledContext[] groups, Hits[] hits, int f, int s, int e) {
        for (CompiledContext g : groups) {
            if (near(g, hits, f, s, e, null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a hit of the group lies within its window of [s, e); records the first such hit in {@code found}. */
    private static boolean near(CompiledContext g, Hits[] hits, int f, int s, int e, int[] found) {
        for (int p : g.patterns()) {
            if (g.window() <= 0) {
                for (int h = 0; h < hits.length; h++) {
                    int[] spans = hits[h].spans(p);
                    if (hits[h].size(p) > 0) {
                        record(found, h, spans[0], spans[1]);
                        return true;
                    }
                }
                continue;
            }
            int[] spans = hits[f].spans(p);
            for (int k = 0, n = hits[f].size(p); k < n; k += 2) {
                int os = spans[k];
                int oe = spans[k + 1];
                int distance = oe <= s ? s - oe : os >= e ? os - e : 0;
                if (distance <= g.window()) {
                    record(found, f, os, oe);
                    return true;
                }
            }
        }
        return false;
    }

    private static void record(int[] found, int field, int start, int end) {
        if (found != null && found[0] < 0) {
            found[0] = field;
            found[1] = start;
            found[2] = end;
        }
    }

    /**
     * Per-thread {@link Hits}, reused across screenings: the per-pattern tables are as long as
     * the ruleset has patterns, so allocating them per field was most of a screening's garbage.
     */
    private final ThreadLocal<Hits[]> hitsPool = ThreadLocal.withInitial(() -> new Hits[0]);

    private Hits[] pooledHits(int fields) {
        Hits[] pool = hitsPool.get();
        if (pool.length < fields) {
            Hits[] grown = java.util.Arrays.copyOf(pool, fields);
            for (int i = pool.length; i < fields; i++) {
                grown[i] = new Hits();
            }
            hitsPool.set(grown);
            pool = grown;
        }
        Hits[] out = pool.length == fields ? pool : java.util.Arrays.copyOf(pool, fields);
        for (Hits h : out) {
            h.clear();
        }
        return out;
    }

    /**
     * Pattern hits of one field: spans as flat [start, end, start, end, ...] per pattern id, the
     * first {@link #size} entries of {@link #spans}. The arrays stay allocated from one screening to
     * the next (only the sizes are reset).
     */
    private final class Hits {
        private NormalizedText view;
        private final int[][] spans = new int[phrases.slotCount][];
        private final int[] sizes = new int[phrases.slotCount];
        /** Pattern ids with hits in this field, so clearing touches only those. */
        private int[] touched = new int[64];
        private int touchedCount;
        /** Spans of compound words in this field, flat [start, end, ...]. */
        private int[] compoundSpans = new int[8];
        private int compoundCount;

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                sizes[touched[i]] = 0;
            }
            touchedCount = 0;
            compoundCount = 0;
            view = null;
        }

        void addCompound(int start, int end) {
            if (compoundCount + 2 > compoundSpans.length) {
                compoundSpans = java.util.Arrays.copyOf(compoundSpans, compoundSpans.length * 2);
            }
            compoundSpans[compoundCount++] = start;
            compoundSpans[compoundCount++] = end;
        }

        /** Whether [start, end) starts or ends strictly inside a compound word (ライン inside オンライン). */
        boolean cutsCompound(int start, int end) {
            for (int i = 0; i < compoundCount; i += 2) {
                int cs = compoundSpans[i];
                int ce = compoundSpans[i + 1];
                if (cs < start && start < ce || cs < end && end < ce) {
                    return true;
                }
            }
            return false;
        }

        void add(int pattern, int start, int end) {
            int size = sizes[pattern];
            if (size == 0) {
                if (touchedCount == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = pattern;
            }
            int[] a = spans[pattern];
            if (a == null) {
                a = new int[4];
                spans[pattern] = a;
            } else if (size + 2 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
                spans[pattern] = a;
            }
            a[size] = start;
            a[size + 1] = end;
            sizes[pattern] = size + 2;
        }

        /** The pattern's spans; only the first {@link #size} entries are this field's. */
        int[] spans(int pattern) {
            int[] a = spans[pattern];
            return a == null ? EMPTY : a;
        }

        int size(int pattern) {
            return sizes[pattern];
        }
    }

    private static final int[] EMPTY = new int[0];

    /**
     * Pattern hits of one field, in kana-folded view offsets. Numbers are matched as one symbol
     * ({@code #} in patterns) by the automaton itself, so no extra view is built.
     */
    private void collect(AnalyzedField field, Hits hits) {
        NormalizedText view = field.folded();
        hits.view = view;
        String text = view.text();
        if (compounds != null) {
            compounds.scan(text, (word, start, end) -> hits.addCompound(start, end));
        }
        int[] phraseInfo = phrases.phraseInfo;
        int[] shared = phrases.sharedTargets;
        phrases.automaton.scanNumbersSqueezed(text, PatternSyntax.NUMBER, PatternSyntax.ZERO, (phrase, start, end) -> {
            int info = phraseInfo[phrase];
            int flags = info >= 0 ? info : shared[-1 - info];
            if ((flags & PhraseTable.LEFT_BOUNDED) != 0 && start > 0 && PhraseTable.isAsciiAlnum(text.charAt(start - 1))
                    || (flags & PhraseTable.RIGHT_BOUNDED) != 0 && end < text.length()
                            && PhraseTable.isAsciiAlnum(text.charAt(end))
                    || hits.cutsCompound(start, end)) {
                return;
            }
            if (info >= 0) {
                addPhraseHit(hits, info & PhraseTable.PATTERN_BITS, start, end);
                return;
            }
            for (int k = -1 - info + 2, last = k + shared[-1 - info + 1]; k < last; k++) {
                addPhraseHit(hits, shared[k], start, end);
            }
        });
        for (PhraseTable.Chain c : phrases.chains) {
            int[] first = hits.spans(c.parts()[0]);
            for (int k = 0, n = hits.size(c.parts()[0]); k < n; k += 2) {
                int end = extend(hits, c, 1, first[k + 1]);
                if (end >= 0) {
                    hits.add(c.pattern(), first[k], end);
                }
            }
        }
        for (int i = 0; i < regexes.length; i++) {
            int pattern = regexPattern[i];
            regexes[i].findAll(text, (start, end) -> {
                if (end > start) {
                    hits.add(pattern, start, end);
                }
            });
        }
        List<Token> tokens = field.tokens();
        if (!lemmaIndex.isEmpty()) {
            for (int t = 0; t < tokens.size(); t++) {
                List<int[]> candidates = lemmaIndex.get(tokens.get(t).key());
                if (candidates == null) {
                    continue;
                }
                for (int[] c : candidates) {
                    String[] seq = lemmaSeqs[c[0]];
                    if (t + seq.length > tokens.size()) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 1; k < seq.length && ok; k++) {
                        ok = tokens.get(t + k).key().equals(seq[k]);
                    }
                    if (ok) {
                        hits.add(lemmaPattern[c[0]], tokens.get(t).start(), tokens.get(t + seq.length - 1).end());
                    }
                }
            }
        }
    }

    private void addPhraseHit(Hits hits, int slot, int start, int end) {
        int before = previousPart[slot];
        // the part before's first hit is its earliest-ending one: a chain link needs one ending by start
        if (before >= 0 && (hits.size(before) == 0 || hits.spans(before)[1] > start)) {
            return;
        }
        hits.add(slot, start, end);
    }

    /** End of the chain from part {@code i} on, given the previous part ended at {@code from}; -1 if it breaks. */
    private static int extend(Hits hits, PhraseTable.Chain c, int i, int from) {
        if (i == c.parts().length) {
            return from;
        }
        int[] spans = hits.spans(c.parts()[i]);
        for (int k = 0, n = hits.size(c.parts()[i]); k < n; k += 2) {
            if (spans[k] >= from && spans[k] - from <= c.gaps()[i - 1]) {
                int end = extend(hits, c, i + 1, spans[k + 1]);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static int[] intern(List<String> patterns, Map<String, Integer> ids) {
        int[] out = new int[patterns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(patterns.get(i), k -> ids.size());
        }
        return out;
    }

    private static CompiledContext[] contexts(List<Rule.Context> contexts, Map<String, Integer> ids) {
        CompiledContext[] out = new CompiledContext[contexts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new CompiledContext(contexts.get(i).window(), intern(contexts.get(i).patterns(), ids));
        }
        return out;
    }

    /** Regex sources may be written in hiragana; the text they run on is katakana-folded. */
    private static String kanaFoldRegex(String source) {
        StringBuilder sb = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            sb.append(TextNormalizer.toKatakana(source.charAt(i)));
        }
        return sb.toString();
    }
}
