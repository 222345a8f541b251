package dev.marketguard.benchmarks;

import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.analysis.JapaneseAnalyzer;
import dev.marketguard.screening.detect.AnalyzedSubject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3's speed bar: warm screening of the 2,000-character {@link BenchmarkPosting} by the
 * engine at most 1.5x the time Lucene Kuromoji alone needs to tokenise the same text.
 *
 * <ul>
 *   <li>{@link #engineScreen}: {@code ScreeningEngine.screen} (normalise, tokenise, detectors,
 *       ruleset, classifier, verdict) on the posting's title and body.</li>
 *   <li>{@link #kuromojiTokenize}: the baseline. A {@link JapaneseTokenizer} built exactly as
 *       the engine's {@code JapaneseAnalyzer} builds it (the engine's user dictionary
 *       {@value JapaneseAnalyzer#USER_DICTIONARY}, discardPunctuation = true, Mode.SEARCH),
 *       reused like the engine reuses its per-thread tokenizer, consuming every token of the
 *       same two fields (original text: normalising is part of the engine's cost).</li>
 *   <li>{@link #kuromojiTokenizeWithAttributes} (context, not the bar): the same, also reading
 *       each token's term, base form and part of speech as the engine does.</li>
 *   <li>{@link #engineAnalyze} (context, not the bar): only the engine's analysis step
 *       (normaliser, kana folding, tokenising into its Token list) without detectors and
 *       classifier; {@code engineScreen - engineAnalyze} is what detection and scoring cost.</li>
 * </ul>
 * Ratio for the bar: engineScreen / kuromojiTokenize from the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EngineVsKuromojiBenchmark {
    private ScreeningEngine engine;
    private Submission.Posting posting;
    private String title;
    private String body;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkPosting p = BenchmarkPosting.build();
        posting = p.submission("p-bench-1");
        title = p.title();
        body = p.body();
        engine = ScreeningEngine.loadDefault();
        Assessment verdict = engine.screen(posting);
        System.out.println("# benchmark posting: body " + body.length() + " chars, title " + title.length()
                + " chars, sha256 " + p.sha256() + "; engine verdict " + verdict.decision() + " "
                + verdict.violations().stream().map(v -> v.category() + "/" + v.rule()).toList()
                + "; ruleset " + engine.rulesetVersion());
    }

    /** One tokenizer per benchmark thread, as the engine keeps one per thread. */
    @State(Scope.Thread)
    public static class Kuromoji {
        JapaneseTokenizer tokenizer;
        CharTermAttribute term;
        OffsetAttribute offset;
        BaseFormAttribute baseForm;
        PartOfSpeechAttribute pos;

        @Setup(Level.Trial)
        public void setUp() {
            tokenizer = new JapaneseTokenizer(engineUserDictionary(), true, JapaneseTokenizer.Mode.SEARCH);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
            baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            tokenizer.close();
        }
    }

    @Benchmark
    public Assessment engineScreen() {
        return engine.screen(posting);
    }

    @Benchmark
    public AnalyzedSubject engineAnalyze() {
        return engine.analyze(posting);
    }

    @Benchmark
    public int kuromojiTokenize(Kuromoji k) throws IOException {
        return tokenize(k, title, null) + tokenize(k, body, null);
    }

    @Benchmark
    public int kuromojiTokenizeWithAttributes(Kuromoji k, Blackhole bh) throws IOException {
        return tokenize(k, title, bh) + tokenize(k, body, bh);
    }

    private static int tokenize(Kuromoji k, String text, Blackhole bh) throws IOException {
        int tokens = 0;
        JapaneseTokenizer t = k.tokenizer;
        t.setReader(new StringReader(text));
        t.reset();
        while (t.incrementToken()) {
            tokens += k.offset.endOffset() - k.offset.startOffset();
            if (bh != null) {
                bh.consume(k.term.toString());
                bh.consume(k.baseForm.getBaseForm());
                bh.consume(k.pos.getPartOfSpeech());
            }
        }
        t.end();
        t.close();
        return tokens;
    }

    /** The engine's user dictionary, read the way {@code JapaneseAnalyzer} reads it. */
    static UserDictionary engineUserDictionary() {
        try (InputStream in = JapaneseAnalyzer.class.getResourceAsStream(JapaneseAnalyzer.USER_DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + JapaneseAnalyzer.USER_DICTIONARY);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return UserDictionary.open(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
